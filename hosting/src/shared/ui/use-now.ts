import { useEffect, useState } from 'react';

/** The current time, re-rendering every `everyMs` (countdowns, "5 min ago"). */
export function useNow(everyMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
