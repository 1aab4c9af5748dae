#!/usr/bin/env python3
"""Writes seeded random AIS messages 6 and 8 for every application (DAC/FI) that gpsd decodes, at the
lengths its decoder takes, as NMEA sentences (split at 60 payload characters), for comparison with
`gpsdecode -j` and `gpsdecode -u -j`.

    scripts/gpsd-application-sample.py SEED COUNT_PER_APPLICATION > applications.aivdm

The test sample (coastwatch-ais/src/test/resources/gpsd/applications/) is this output less the messages
for which gpsdecode 3.22 prints invalid JSON (see the README there).

Leaves out what gpsd reads from other bits than the layout gives (message 6 DAC 1 FI 15, DAC 1 FI 16):
Coastwatch decodes those by the layout, and its own tests cover them.
"""
import random
import sys

# (message type, DAC, FI, data lengths in bits (after the FI) to draw from)
APPLICATIONS = [
    (6, 1, 12, [272, 200]), (6, 1, 14, [9 + 93, 9 + 93 * 2, 9 + 93 * 3]), (6, 1, 18, [272, 240]),
    (6, 1, 20, [272, 180]), (6, 1, 25, [12 + 17, 12 + 17 * 3, 12 + 17 * 5 + 4]),
    (6, 1, 28, "route"), (6, 1, 30, [10 + 6 * 12, 10 + 6 * 40]), (6, 1, 32, [9 + 88, 9 + 88 * 3]),
    (6, 200, 21, [160]), (6, 200, 22, [144]), (6, 200, 55, [80]), (6, 235, 10, [48]), (6, 250, 10, [48]),
    (8, 1, 11, [296]), (8, 1, 13, [416, 300]), (8, 1, 15, [16]), (8, 1, 17, [122, 244, 300]),
    (8, 1, 19, [304, 200]), (8, 1, 27, "route"), (8, 1, 29, [10 + 6 * 20]), (8, 1, 31, [296]),
    (8, 200, 10, [112]), (8, 200, 23, [200]), (8, 200, 24, [112]), (8, 200, 40, [112]),
]


def armour(bits):
    pad = (-len(bits)) % 6
    bits += "0" * pad
    chars = []
    for i in range(0, len(bits), 6):
        value = int(bits[i:i + 6], 2)
        chars.append(chr(value + 48 if value < 40 else value + 56))
    return "".join(chars), pad


def sentences(bits, sequence):
    payload, pad = armour(bits)
    parts = [payload[i:i + 60] for i in range(0, len(payload), 60)]
    lines = []
    for number, part in enumerate(parts, 1):
        last = number == len(parts)
        body = "AIVDM,%d,%d,%s,A,%s,%d" % (len(parts), number, sequence if len(parts) > 1 else "", part,
                                            pad if last else 0)
        checksum = 0
        for c in body:
            checksum ^= ord(c)
        lines.append("!%s*%02X" % (body, checksum))
    return lines


def field(value, width):
    return format(value, "0%db" % width)


def random_bits(rnd, count):
    return "".join(rnd.choice("01") for _ in range(count))


def message(rnd, kind, dac, fid, data):
    mmsi = rnd.randrange(1, 1 << 30)
    if kind == 6:
        head = (field(6, 6) + field(rnd.randrange(4), 2) + field(mmsi, 30) + field(rnd.randrange(4), 2)
                + field(rnd.randrange(1 << 30), 30) + field(rnd.randrange(2), 1) + "0")
    else:
        head = field(8, 6) + field(rnd.randrange(4), 2) + field(mmsi, 30) + "00"
    return head + field(dac, 10) + field(fid, 6) + data


def route_data(rnd):
    waypoints = rnd.randrange(0, 15)
    sent = min(waypoints, rnd.randrange(0, 15))
    return random_bits(rnd, 56) + field(waypoints, 5) + random_bits(rnd, 55 * sent)


def main():
    rnd = random.Random(int(sys.argv[1]))
    count = int(sys.argv[2])
    sequence = 0
    for kind, dac, fid, lengths in APPLICATIONS:
        for _ in range(count):
            data = route_data(rnd) if lengths == "route" else random_bits(rnd, rnd.choice(lengths))
            for line in sentences(message(rnd, kind, dac, fid, data), sequence):
                print(line)
            sequence = (sequence + 1) % 10


if __name__ == "__main__":
    main()
