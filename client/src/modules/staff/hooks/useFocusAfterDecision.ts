import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A decided item leaves its list, and the button that decided it with it: focus then goes to a
 * heading rather than to nowhere. It moves in an effect, after a closing dialog has had its turn
 * (the dialog would otherwise hand focus back to the vanished button), and waits for the heading
 * if the change that shows it has not rendered yet.
 */
export function useFocusAfterDecision<Element extends HTMLElement = HTMLHeadingElement>() {
  const ref = useRef<Element>(null);
  const pending = useRef(false);
  const [, setRequests] = useState(0);
  useEffect(() => {
    if (!pending.current || !ref.current) return;
    pending.current = false;
    ref.current.focus();
  });
  const requestFocus = useCallback(() => {
    pending.current = true;
    setRequests((count) => count + 1);
  }, []);
  return { ref, requestFocus };
}
