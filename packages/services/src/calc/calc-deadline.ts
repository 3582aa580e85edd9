import type { DeadlineResultBody } from '@zhixing/contracts';
import { calendarDaysDeadline, workingDaysDeadline, type CivilDate, type WorkingDayCalendar } from '@zhixing/domain';

/** A period in calendar days (民事诉讼法 art. 85) or in working days, with the calendar-coverage warning. */
export function calcDeadline(calendar: WorkingDayCalendar, from: CivilDate, days: number, working: boolean): DeadlineResultBody {
  const r = working ? workingDaysDeadline(calendar, from, days) : calendarDaysDeadline(calendar, from, days);
  const uncovered = r.uncoveredYears.length > 0;
  return {
    from,
    days,
    working,
    deadline: r.dueDate,
    rolledFrom: r.rolledFrom ?? null,
    uncoveredYears: r.uncoveredYears,
    warningZh: uncovered ? `节假日安排尚未录入 ${r.uncoveredYears.join('、')} 年：本结果仅按周末推算，请待国务院公布后由管理员录入再核对` : null,
    warningEn: uncovered ? `No official holiday schedule for ${r.uncoveredYears.join(', ')}: computed on weekends only; recheck once the administrator enters the State Council's schedule` : null,
    legalBasis: working ? '按工作日计算（扣除法定节假日，含调休上班日）' : '民事诉讼法 第八十五条（期间开始之日不计算在内；届满日为法定休假日的，以休假日后的第一日为届满日）',
  };
}
