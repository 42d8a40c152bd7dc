/** Workbooks for the forms' tests: the fixture with the optional member columns and every kind of change. */
import { validBook, type Book } from '../fixture';

export const OPTIONAL = ['Ngày chuyển đến', 'Nơi chuyển đến/đi', 'Đoàn viên', 'Kết nạp lại', 'Trình độ giáo dục phổ thông', 'Lý luận chính trị'];

/** The fixture with the optional columns and one of each kind of change in the report year. */
export function bookWithChanges(): Book {
  const book = validBook();
  for (const h of OPTIONAL) book.addColumn('DangVien', h);
  // Admitted elsewhere in 2010, transferred in from another province in 2017.
  book.addMember('TH', { 'Ngày chuyển đến': '10/04/2017', 'Nơi chuyển đến/đi': 'Ngoài tỉnh' });
  // Admitted here in 2017, a youth-union member with upper-secondary education.
  book.addMember('XA-T1', { 'Ngày vào Đảng': '12/05/2017', 'Ngày chính thức': '', 'Số thẻ': '', 'Ngày bồi dưỡng': '01/03/2017', 'Đoàn viên': 'Có', 'Trình độ giáo dục phổ thông': '12/12', 'Ngày sinh': '03/03/1994' });
  // Restored in 2017; died in 2017; transferred out in 2017 within the province; removed while probationary.
  book.addMember('XA-YT', { 'Tình trạng': 'Phục hồi đảng tịch', 'Ngày biến động': '20/08/2017' });
  book.addMember('XA-YT', { 'Tình trạng': 'Từ trần', 'Ngày biến động': '02/02/2017' });
  book.addMember('TH', { 'Tình trạng': 'Chuyển đi', 'Ngày biến động': '30/06/2017', 'Nơi chuyển đến/đi': 'Trong tỉnh' });
  book.addMember('XA-BP1', { 'Ngày vào Đảng': '01/03/2016', 'Ngày chính thức': '', 'Số thẻ': '', 'Tình trạng': 'Xóa tên', 'Ngày biến động': '15/09/2017' });
  // Transferred in after the report year: not yet a member here.
  book.addMember('TH', { 'Ngày chuyển đến': '05/01/2018' });
  return book;
}

