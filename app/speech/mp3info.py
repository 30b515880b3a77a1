"""Read MP3 frame headers (stdlib only): duration, bitrate, channels, and a cheap
"holds sound" measure, without decoding.

Used by the engine to refuse worker output that is not an MP3, and by tests and the
bench when no MP3 decoder is installed. The sound measure reads ``part2_3_length`` (bits
of coded audio) from each granule's side information: a silent granule codes almost
nothing, speech codes hundreds of bits.
"""

from __future__ import annotations

from dataclasses import dataclass

_BITRATES = {
    1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_SAMPLE_RATES = {1: (44100, 48000, 32000), 2: (22050, 24000, 16000), 25: (11025, 12000, 8000)}


@dataclass(frozen=True)
class Mp3Info:
    frames: int
    duration: float  # seconds
    sample_rate: int
    channels: int
    max_bitrate_kbps: int
    mean_bitrate_kbps: float
    coded_granules: int  # granules carrying more than a few bits of audio
    granules: int
    junk_bytes: int  # bytes that were not MP3 frames (ID3 tags excluded)

    @property
    def sound_fraction(self) -> float:
        return self.coded_granules / self.granules if self.granules else 0.0


class NotMp3(ValueError):
    pass


def _skip_id3(data: bytes) -> int:
    if data[:3] == b"ID3" and len(data) >= 10:
        size = 0
        for byte in data[6:10]:
            size = (size << 7) | (byte & 0x7F)
        return 10 + size
    return 0


def _bits(data: bytes, start_byte: int, bit_offset: int, count: int) -> int:
    value = 0
    for i in range(count):
        pos = bit_offset + i
        byte = data[start_byte + pos // 8]
        value = (value << 1) | ((byte >> (7 - pos % 8)) & 1)
    return value


def mp3_info(data: bytes, coded_bits_threshold: int = 64) -> Mp3Info:
    """Walk the Layer III frames of ``data``. Raises ``NotMp3`` if there are none."""
    pos = _skip_id3(data)
    frames = granules = coded = junk = 0
    samples = 0
    total_bits = 0
    max_kbps = 0
    sample_rate = channels = 0
    n = len(data)
    while pos + 4 <= n:
        h = int.from_bytes(data[pos : pos + 4], "big")
        if (h >> 21) & 0x7FF != 0x7FF:
            pos += 1
            junk += 1
            continue
        version_bits = (h >> 19) & 3
        layer_bits = (h >> 17) & 3
        br_index = (h >> 12) & 0xF
        sr_index = (h >> 10) & 3
        if version_bits == 1 or layer_bits != 1 or br_index in (0, 15) or sr_index == 3:
            pos += 1
            junk += 1
            continue
        version = {3: 1, 2: 2, 0: 25}[version_bits]
        table = 1 if version == 1 else 2
        kbps = _BITRATES[table][br_index]
        rate = _SAMPLE_RATES[version][sr_index]
        padding = (h >> 9) & 1
        mono = ((h >> 6) & 3) == 3
        crc = not ((h >> 16) & 1)
        per_frame = 1152 if version == 1 else 576
        length = (144 if version == 1 else 72) * kbps * 1000 // rate + padding
        if pos + length > n:
            break
        side = pos + 4 + (2 if crc else 0)
        nch = 1 if mono else 2
        if version == 1:
            lead = 9 + (5 if mono else 3) + 4 * nch
            n_gr = 2
        else:
            lead = 8 + (1 if mono else 2)
            n_gr = 1
        # Per granule and channel: part2_3_length(12) then 47 (MPEG-1) / 51 (MPEG-2) more bits.
        stride = 59 if version == 1 else 63
        offset = lead
        for _ in range(n_gr):
            for _ in range(nch):
                if _bits(data, side, offset, 12) > coded_bits_threshold:
                    coded += 1
                granules += 1
                offset += stride
        frames += 1
        samples += per_frame
        total_bits += length * 8
        max_kbps = max(max_kbps, kbps)
        sample_rate, channels = rate, nch
        pos += length
    if not frames:
        raise NotMp3("no MP3 frames found")
    duration = samples / sample_rate
    return Mp3Info(
        frames=frames,
        duration=duration,
        sample_rate=sample_rate,
        channels=channels,
        max_bitrate_kbps=max_kbps,
        mean_bitrate_kbps=total_bits / duration / 1000,
        coded_granules=coded,
        granules=granules,
        junk_bytes=junk,
    )
