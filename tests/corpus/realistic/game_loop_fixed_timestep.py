import asyncio
from dataclasses import dataclass


@dataclass
class Ball:
    x: float
    y: float
    vx: float
    vy: float

    def update(self, dt: float) -> None:
        self.vy -= 9.8 * dt
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.y < 0:
            self.y = -self.y
            self.vy = -self.vy * 0.7


async def game_loop(ball: Ball, fps: int, seconds: float) -> int:
    loop = asyncio.get_running_loop()
    dt = 1 / fps
    frames = 0
    start = loop.time()
    while loop.time() - start < seconds:
        ball.update(dt)
        frames += 1
        if frames % 5 == 0:
            print(f"frame {frames:3d} t={loop.time() - start:4.2f} pos=({ball.x:5.2f}, {ball.y:5.2f})")
        await asyncio.sleep(dt)
    return frames


async def main() -> None:
    ball = Ball(0.0, 2.0, 1.5, 0.0)
    frames = await game_loop(ball, fps=10, seconds=3)
    print(f"rendered {frames} frames; final {ball}")


asyncio.run(main())
