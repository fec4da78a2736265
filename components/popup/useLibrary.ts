// The saved library for the popup: loaded once, reloaded when storage changes (a page panel
// saving while the popup is open, an import, a delete).
import { useEffect, useState } from 'preact/hooks';
import { loadLibrary, watchLibrary, type LoadedLibrary } from '../../lib/library/storage';

export function useLibrary(): { library: LoadedLibrary | null; error: string | null; reload: () => void } {
  const [library, setLibrary] = useState<LoadedLibrary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = () => {
    loadLibrary().then(
      (l) => {
        performance.mark('bl-library-loaded');
        setLibrary(l);
        setError(null);
      },
      (e: Error) => setError(`读取已保存的文档失败：${e.message}`),
    );
  };
  useEffect(() => {
    reload();
    return watchLibrary(reload);
  }, []);
  return { library, error, reload };
}
