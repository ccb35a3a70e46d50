"""Exits 0 when standard input is well-formed XML; otherwise prints the parser's error."""

import sys
import xml.etree.ElementTree as ET

try:
    ET.fromstring(sys.stdin.buffer.read())
except ET.ParseError as error:
    print(f"not well-formed XML: {error}", file=sys.stderr)
    sys.exit(1)
