/** Kuhn's augmenting paths: for each left node, the right node it is matched to, or -1. */
export function maximumMatching(adjacent: boolean[][]): number[] {
  const rightCount = adjacent[0]?.length ?? 0;
  const rightTo = new Array<number>(rightCount).fill(-1);
  const tryAssign = (left: number, visited: boolean[]): boolean => {
    for (let right = 0; right < rightCount; right++) {
      if (!adjacent[left]?.[right] || visited[right]) continue;
      visited[right] = true;
      if ((rightTo[right] as number) < 0 || tryAssign(rightTo[right] as number, visited)) {
        rightTo[right] = left;
        return true;
      }
    }
    return false;
  };
  adjacent.forEach((_, left) => tryAssign(left, new Array<boolean>(rightCount).fill(false)));
  const leftTo = new Array<number>(adjacent.length).fill(-1);
  rightTo.forEach((left, right) => {
    if (left >= 0) leftTo[left] = right;
  });
  return leftTo;
}
