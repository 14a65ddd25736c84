import { useAppStore } from '../store/use-app-store';

export function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button type="button" className="button small" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
