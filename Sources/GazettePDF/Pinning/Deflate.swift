import CSystemZlib

/// zlib's inflate and deflate, for the one compressed stream of a PDF that must be rewritten.
/// zlib is a system module of Gazette's own: ZIPFoundation's is internal to it.
enum Deflate {
    static func inflate(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var input = Array(bytes)
        let finished: Bool = input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = uInt(inputBuffer.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { chunkBuffer -> Int32 in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = uInt(chunkBuffer.count)
                    return CSystemZlib.inflate(&stream, Z_NO_FLUSH)
                }
                output += chunk[0..<(chunk.count - Int(stream.avail_out))]
                if status == Z_STREAM_END { return true }
                if status != Z_OK { return false }
            }
        }
        return finished ? output : nil
    }

    static func deflate(_ bytes: [UInt8]) -> [UInt8]? {
        var size = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(size))
        let status = output.withUnsafeMutableBufferPointer { outputBuffer in
            bytes.withUnsafeBufferPointer { inputBuffer in
                compress2(outputBuffer.baseAddress, &size, inputBuffer.baseAddress, uLong(inputBuffer.count), Z_DEFAULT_COMPRESSION)
            }
        }
        guard status == Z_OK else { return nil }
        return Array(output[0..<Int(size)])
    }
}
