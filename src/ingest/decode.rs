//! Bytes → text: UTF-8 (with or without BOM) and UTF-16 with a BOM; CRLF becomes LF.

/// Decodes a file's bytes; on failure returns the byte offset of the first invalid sequence.
pub(crate) fn decode(bytes: &[u8]) -> Result<String, usize> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        std::str::from_utf8(rest)
            .map_err(|e| e.valid_up_to() + 3)?
            .to_owned()
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)?
    } else {
        std::str::from_utf8(bytes)
            .map_err(|e| e.valid_up_to())?
            .to_owned()
    };
    if text.contains('\0') {
        return Err(text.find('\0').unwrap_or(0));
    }
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, usize> {
    if !bytes.len().is_multiple_of(2) {
        return Err(bytes.len() + 1);
    }
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    String::from_utf16(&units).map_err(|_| 2)
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
    fn invalid_utf8_offset() {
        assert_eq!(decode(b"ab\xFFcd"), Err(2));
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert!(decode(b"ab\0cd").is_err());
    }
}
