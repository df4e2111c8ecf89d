# Maze generation (randomized DFS with an LCG) and BFS solving.
state = [12345]


def rand():
    state[0] = (1103515245 * state[0] + 12345) % 2 ** 31
    return state[0]


def shuffle(items):
    for i in range(len(items) - 1, 0, -1):
        j = rand() % (i + 1)
        items[i], items[j] = items[j], items[i]
    return items


W, H = 8, 6
grid = [["#"] * (2 * W + 1) for _ in range(2 * H + 1)]


def carve(cx, cy):
    stack = [(cx, cy)]
    grid[2 * cy + 1][2 * cx + 1] = " "
    while stack:
        x, y = stack[-1]
        options = []
        for dx, dy in shuffle([(1, 0), (-1, 0), (0, 1), (0, -1)]):
            nx, ny = x + dx, y + dy
            if 0 <= nx < W and 0 <= ny < H and grid[2 * ny + 1][2 * nx + 1] == "#":
                options.append((nx, ny, dx, dy))
        if not options:
            stack.pop()
            continue
        nx, ny, dx, dy = options[0]
        grid[2 * y + 1 + dy][2 * x + 1 + dx] = " "
        grid[2 * ny + 1][2 * nx + 1] = " "
        stack.append((nx, ny))


def solve(start, goal):
    prev = {start: None}
    queue = [start]
    head = 0
    while head < len(queue):
        cur = queue[head]
        head += 1
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                queue.append((nr, nc))
    if goal not in prev:
        return None, head
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1], head


carve(0, 0)
start, goal = (1, 1), (2 * H - 1, 2 * W - 1)
path, explored = solve(start, goal)
for r, c in path:
    grid[r][c] = "."
grid[start[0]][start[1]] = "S"
grid[goal[0]][goal[1]] = "G"
for row in grid:
    print("".join(row))
print("path length:", len(path), "explored:", explored)
open_cells = sum([row.count(" ") + row.count(".") for row in grid])
print("open cells:", open_cells + 2)
turns = 0
for i in range(2, len(path)):
    d1 = (path[i - 1][0] - path[i - 2][0], path[i - 1][1] - path[i - 2][1])
    d2 = (path[i][0] - path[i - 1][0], path[i][1] - path[i - 1][1])
    if d1 != d2:
        turns += 1
print("turns:", turns)
grid[1][2] = "#"
grid[2][1] = "#"
print("blocked:", solve(start, goal))
print("rng state:", state[0])
