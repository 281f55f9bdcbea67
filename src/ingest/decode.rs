//! Bytes → text: UTF-8 (with or without BOM) and UTF-16 with a BOM; CRLF becomes LF.
//!
//! Text that is not valid in its encoding is refused rather than decoded lossily: a file in an
//! unsupported 8-bit encoding (Latin-1, Windows-1252) would otherwise come out with its names
//! mangled into replacement characters, which the gazetteer can no longer match.

/// Why a file's bytes are not text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DecodeError {
    /// Invalid UTF-8 (or UTF-16) at this byte offset of the file.
    Invalid(usize),
    /// A NUL character at this byte offset of the file: a binary file.
    Binary(usize),
}

/// Decodes a file's bytes.
pub(crate) fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        std::str::from_utf8(rest)
            .map_err(|e| invalid_or_binary(rest, e.valid_up_to(), 3))?
            .to_owned()
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)?
    } else {
        std::str::from_utf8(bytes)
            .map_err(|e| invalid_or_binary(bytes, e.valid_up_to(), 0))?
            .to_owned()
    };
    if let Some(at) = text.find('\0') {
        return Err(DecodeError::Binary(at));
    }
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// How far into a file a NUL byte marks it as binary (as `git` and `grep` look).
const BINARY_PROBE: usize = 8_000;

/// A NUL byte near the start or before the first invalid sequence marks a binary file;
/// otherwise the text is merely not UTF-8. `shift` is the length of a stripped BOM.
fn invalid_or_binary(bytes: &[u8], valid_up_to: usize, shift: usize) -> DecodeError {
    match bytes.iter().position(|b| *b == 0) {
        Some(nul) if nul <= valid_up_to.max(BINARY_PROBE) => DecodeError::Binary(nul + shift),
        _ => DecodeError::Invalid(valid_up_to + shift),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        // An odd number of bytes: the last unit is cut.
        return Err(DecodeError::Invalid(bytes.len() + 1));
    }
    let mut out = String::with_capacity(bytes.len() / 2);
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => out.push(c),
            // Offset in the file: the BOM, then two bytes per unit decoded so far.
            Err(_) => return Err(DecodeError::Invalid(2 + 2 * out.encode_utf16().count())),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_crlf() {
        assert_eq!(decode(b"\xEF\xBB\xBFa\r\nb").as_deref(), Ok("a\nb"));
    }

    #[test]
    fn utf16le_with_bom() {
        assert_eq!(decode(&[0xFF, 0xFE, b'h', 0, b'i', 0]).as_deref(), Ok("hi"));
    }

    #[test]
    fn utf16be_with_bom_and_crlf() {
        let mut bytes = vec![0xFE, 0xFF];
        for u in "a\r\nb".encode_utf16() {
            bytes.extend(u.to_be_bytes());
        }
        assert_eq!(decode(&bytes).as_deref(), Ok("a\nb"));
    }

    #[test]
    fn utf16_lone_surrogate_offset() {
        // BOM, 'a', then an unpaired high surrogate followed by 'b'.
        let bytes = [0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0];
        assert_eq!(decode(&bytes), Err(DecodeError::Invalid(4)));
        assert_eq!(decode(&[0xFF, 0xFE, b'a']), Err(DecodeError::Invalid(2)));
    }

    #[test]
    fn invalid_utf8_offset() {
        assert_eq!(decode(b"ab\xFFcd"), Err(DecodeError::Invalid(2)));
        assert_eq!(decode(b"\xEF\xBB\xBFab\xFF"), Err(DecodeError::Invalid(5)));
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert_eq!(decode(b"ab\0cd"), Err(DecodeError::Binary(2)));
        // Binary files usually hold invalid UTF-8 too; the NUL before it decides.
        assert_eq!(
            decode(b"\x7fELF\x02\x01\0\0\xff"),
            Err(DecodeError::Binary(6))
        );
        assert_eq!(decode(b"\x89PNG\r\n\0"), Err(DecodeError::Binary(6)));
    }
}
