"""Draw resources/icons/thidua.png and thidua.ico (run once; the results are committed)."""

import math
from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 256
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def star(cx: float, cy: float, outer: float, inner: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def main() -> None:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((8, 8, SIZE - 8, SIZE - 8), radius=44, fill=(200, 16, 46))
    draw.polygon(star(SIZE / 2, SIZE / 2 - 6, 96, 38), fill=(255, 205, 0))
    # A laurel-like arc under the star: the emulation cluster's "thi đua" flag.
    draw.arc((48, 60, SIZE - 48, SIZE - 28), start=20, end=160, fill=(255, 205, 0), width=10)
    ICONS.mkdir(parents=True, exist_ok=True)
    image.save(ICONS / "thidua.png")
    image.save(ICONS / "thidua.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
