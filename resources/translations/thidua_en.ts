<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AgreementController</name>
    <message>
        <location filename="../../ui/agreement_controller.py" line="91"/>
        <source>hoàn tác: {0}</source>
        <translation>undo: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_controller.py" line="127"/>
        <source>Sửa {0} dòng {1}</source>
        <translation>Edit {0} row {1}</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_controller.py" line="135"/>
        <source>Thêm dòng {0}</source>
        <translation>Add {0} row</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_controller.py" line="144"/>
        <source>Xóa {0} dòng {1}</source>
        <translation>Delete {0} row {1}</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_controller.py" line="153"/>
        <source>Chuyển {0} dòng {1}</source>
        <translation>Move {0} row {1}</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_controller.py" line="162"/>
        <source>Lấy nội dung từ {0}</source>
        <translation>Take the text from {0}</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_controller.py" line="191"/>
        <source>{0} ký</source>
        <translation>{0} signed</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="../../ui/agreement_view.py" line="149"/>
        <source>Mỗi căn cứ một dòng</source>
        <translation>One legal basis per line</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="151"/>
        <source>I. Các phong trào thi đua</source>
        <translation>I. Emulation movements</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="152"/>
        <source>II. Các chỉ tiêu thi đua</source>
        <translation>II. Emulation targets</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="154"/>
        <source>Mỗi đoạn một dòng</source>
        <translation>One paragraph per line</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="160"/>
        <source>Đánh số &quot;Bản số k/N&quot; ở góc trên bên phải</source>
        <translation>Print &quot;Copy no. k/N&quot; in the top right corner</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="162"/>
        <source>Tự động (3 khi trên 8 đơn vị, nếu không 2)</source>
        <translation>Automatic (3 with more than 8 units, otherwise 2)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="163"/>
        <source>2 khối mỗi hàng</source>
        <translation>2 blocks per row</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="164"/>
        <source>3 khối mỗi hàng</source>
        <translation>3 blocks per row</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="165"/>
        <source>Ghi &quot;T/M&quot; trước tên đơn vị trong khối chữ ký</source>
        <translation>Write &quot;T/M&quot; (on behalf of) before the unit name in the signature block</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="168"/>
        <source>Cụm trưởng năm sau (khi đã bầu), nếu chưa thì cụm trưởng năm nay</source>
        <translation>Next year&apos;s cluster head (once elected), otherwise this year&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="170"/>
        <source>Cụm trưởng năm nay</source>
        <translation>This year&apos;s cluster head</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="173"/>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="174"/>
        <source>Căn cứ</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="175"/>
        <source>Lời mở đầu</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="177"/>
        <source>III. Tổ chức thực hiện</source>
        <translation>III. Implementation</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="178"/>
        <source>Địa danh (nơi ký)</source>
        <translation>Place (of signing)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="179"/>
        <source>Ngày ký</source>
        <translation>Signing date</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="184"/>
        <source>Dùng địa danh và ngày của &amp;hội nghị</source>
        <translation>Use the meeting&apos;s place and &amp;date</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="193"/>
        <source>Số bản thêm</source>
        <translation>Extra copies</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="195"/>
        <source>Khối chữ ký mỗi hàng</source>
        <translation>Signature blocks per row</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="197"/>
        <source>Khối đầu tiên</source>
        <translation>First block</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="209"/>
        <source>Sửa tiêu đề</source>
        <translation>Edit the title</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="210"/>
        <source>Sửa căn cứ</source>
        <translation>Edit the legal bases</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="211"/>
        <source>Sửa lời mở đầu</source>
        <translation>Edit the preamble</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="212"/>
        <source>Sửa phần tổ chức thực hiện</source>
        <translation>Edit the implementation section</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="213"/>
        <source>Sửa địa danh</source>
        <translation>Edit the place</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="214"/>
        <source>Sửa ngày ký</source>
        <translation>Edit the signing date</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="215"/>
        <source>Sửa số bản thêm</source>
        <translation>Edit the number of extra copies</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="216"/>
        <source>Đánh số bản</source>
        <translation>Number the copies</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="217"/>
        <source>Sửa số khối mỗi hàng</source>
        <translation>Edit the blocks per row</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="218"/>
        <source>Sửa &quot;T/M&quot;</source>
        <translation>Edit &quot;T/M&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="219"/>
        <source>Sửa khối đầu tiên</source>
        <translation>Edit the first block</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="235"/>
        <source>Địa danh và ngày ký của giao ước khác với của hội nghị ({0}, {1}): in theo giao ước.</source>
        <translation>The agreement&apos;s place and date differ from the meeting&apos;s ({0}, {1}): the agreement prints its own.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="236"/>
        <source>chưa có địa danh</source>
        <translation>no place yet</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="239"/>
        <source>Theo địa danh và ngày của hội nghị (Chuẩn bị › Hội nghị).</source>
        <translation>The meeting&apos;s place and date (Preparation › Meeting).</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="245"/>
        <source>Dùng địa danh của hội nghị</source>
        <translation>Use the meeting&apos;s place</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="246"/>
        <source>Dùng ngày của hội nghị</source>
        <translation>Use the meeting&apos;s date</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="297"/>
        <source>= {0} bản chính ({1} đơn vị thành viên + {2})</source>
        <translation>= {0} originals ({1} member units + {2})</translation>
    </message>
</context>
<context>
    <name>AgreementItemsModel</name>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="57"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="58"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="59"/>
        <source>Đơn vị tính</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="60"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="61"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../../ui/agreement_view.py" line="485"/>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="486"/>
        <source>Người ký</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="487"/>
        <source>Ký kết</source>
        <translation>Signing</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="488"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="493"/>
        <source>Xem bản in (PDF, 1 bản)</source>
        <translation>Preview the print (PDF, 1 copy)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="495"/>
        <source>Xuất Word (.docx)…</source>
        <translation>Export to Word (.docx)…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="496"/>
        <source>Lấy nội dung từ tệp năm trước…</source>
        <translation>Take the text from last year&apos;s file…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="497"/>
        <source>Hoàn tác sửa nội dung</source>
        <translation>Undo text edit</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="546"/>
        <source>In {0} bản chính…</source>
        <translation>Print {0} originals…</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="576"/>
        <source>Để trống khối chữ ký (ký sau): {0}.</source>
        <translation>Signature block left blank (to sign later): {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="578"/>
        <source>Bỏ ra khỏi bản giao ước: {0}.</source>
        <translation>Left out of the agreement: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="579"/>
        <source>Có đơn vị không có ai ký được có mặt:</source>
        <translation>Some units have nobody present who can sign:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="580"/>
        <source>In bản giao ước</source>
        <translation>Print the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="580"/>
        <source>Vẫn in?</source>
        <translation>Print anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="590"/>
        <source>Xuất bản giao ước ra Word</source>
        <translation>Export the agreement to Word</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="601"/>
        <source>Không xuất được</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="609"/>
        <source>Chọn tệp hội nghị năm trước</source>
        <translation>Choose last year&apos;s meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="611"/>
        <source>Hội nghị ThiDua (*.thidua)</source>
        <translation>ThiDua meetings (*.thidua)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="617"/>
        <source>Thay nội dung bản giao ước hiện tại bằng nội dung trong {0}? (Có thể hoàn tác.)</source>
        <translation>Replace the text of the current agreement with the text in {0}? (This can be undone.)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="618"/>
        <source>Lấy nội dung từ tệp năm trước</source>
        <translation>Take the text from last year&apos;s file</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="623"/>
        <source>Không lấy được nội dung</source>
        <translation>Cannot take the text</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="627"/>
        <source>Hãy đọc lại bản giao ước</source>
        <translation>Read the agreement again</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="633"/>
        <source>KÝ KẾT {0}</source>
        <translation>SIGNING: {0}</translation>
    </message>
</context>
<context>
    <name>AskPinDialog</name>
    <message>
        <location filename="../../ui/pin_dialog.py" line="40"/>
        <source>Cần mã PIN của Ban tổ chức</source>
        <translation>Organizers&apos; PIN required</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="42"/>
        <source>Nhập mã PIN của Ban tổ chức để {0}.</source>
        <translation>Enter the organizers&apos; PIN to {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="49"/>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../ui/backup_controller.py" line="179"/>
        <source>Sao lưu vào {0}</source>
        <translation>Backing up to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="195"/>
        <source>Đã sao lưu lúc {0} ✓</source>
        <translation>Backed up at {0} ✓</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="188"/>
        <source>⚠ Chưa sao lưu được</source>
        <translation>⚠ Backup failed</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="94"/>
        <source>Đồng hồ của máy sai</source>
        <translation>The computer&apos;s clock is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="104"/>
        <source>Ổ sao lưu đổi chỗ</source>
        <translation>The backup drive has moved</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="105"/>
        <source>Không thấy thư mục sao lưu {0}, nhưng ổ USB &quot;{1}&quot; đang ở {2}. Sao lưu vào {2}?</source>
        <translation>The backup folder {0} is missing, but the USB drive &quot;{1}&quot; is now at {2}. Back up to {2}?</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="112"/>
        <source>Không đổi được thư mục sao lưu</source>
        <translation>Could not change the backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="117"/>
        <source>Không thấy thư mục sao lưu</source>
        <translation>Backup folder not found</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="119"/>
        <source>Không thấy thư mục sao lưu {0}: ổ USB chưa cắm, hoặc Windows đã đổi ký tự ổ. Khi chưa có thư mục này, các bản sao lưu chỉ nằm trên ổ của máy. Chọn lại thư mục sao lưu ngay?</source>
        <translation>The backup folder {0} is missing: the USB drive is not plugged in, or Windows gave it another drive letter. Until it is back, backups stay on this computer&apos;s own disk. Choose the backup folder again now?</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="130"/>
        <source>Chưa có bản sao lưu nào trên ổ khác (ví dụ ổ USB): nếu ổ cứng của máy hỏng, mất cả hội nghị. Cắm ổ USB rồi chọn thư mục sao lưu.</source>
        <translation>No backup is on another drive yet (a USB drive, say): if this computer&apos;s disk fails, the whole meeting is lost. Plug in a USB drive and choose a backup folder.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="135"/>
        <source>Chọn thư mục sao lưu…</source>
        <translation>Choose a backup folder…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="136"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="202"/>
        <source>⚠ Chưa sao lưu ra ổ khác</source>
        <translation>⚠ No backup on another drive</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="203"/>
        <source>Bản sao lưu gần nhất: {0}.</source>
        <translation>Latest backup: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="206"/>
        <source>Các bản sao lưu đang nằm trên cùng ổ với tệp hội nghị. Cài đặt › Thư mục sao lưu… để chọn ổ USB.</source>
        <translation>The backups are on the same drive as the meeting file. Settings › Backup folder… to choose a USB drive.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="214"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="216"/>
        <source>Kiểm tra tính toàn vẹn…</source>
        <translation>Check integrity…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="218"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="225"/>
        <source>Thư mục sao lưu…</source>
        <translation>Backup folder…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="227"/>
        <source>Mã PIN bảo vệ kết quả…</source>
        <translation>PIN to protect results…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="253"/>
        <source>Kiểm tra tính toàn vẹn</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="270"/>
        <source>khôi phục một bản sao lưu có trước kết quả đã xác nhận</source>
        <translation>restore a backup older than a confirmed result</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="273"/>
        <source>Không khôi phục được</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="283"/>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/backup_controller.py" line="285"/>
        <source>Đã khôi phục vào tệp mới {0}. Từ giờ hãy làm việc trên tệp này (tên tệp ở thanh tiêu đề); tệp cũ {1} vẫn còn nguyên, ghi nhận việc khôi phục trong nhật ký.</source>
        <translation>Restored into the new file {0}. From now on work in this file (its name is in the title bar); the old file {1} is untouched and records the restore in its log.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="32"/>
        <source>Thư mục sao lưu</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="36"/>
        <source>ThiDua tự chép tệp hội nghị vào thư mục này sau mỗi kết quả được xác nhận và vài phút một lần khi có thay đổi. Nên chọn một ổ USB, không phải ổ chứa tệp hội nghị. Nếu ổ bị rút ra hoặc đầy, chương trình chỉ cảnh báo ở thanh trạng thái. Để trống: sao lưu vào thư mục của ThiDua trên máy này ({0}).</source>
        <translation>ThiDua copies the meeting file into this folder after every confirmed result and every few minutes when something changed. Choose a USB drive, not the drive that holds the meeting file. If the drive is removed or full, the program only warns in the status bar. Left empty: backups go to ThiDua&apos;s folder on this computer ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="46"/>
        <source>ví dụ E:\SaoLuu</source>
        <translation>e.g. E:\Backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="47"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="55"/>
        <source> bản mới nhất</source>
        <translation> latest copies</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="57"/>
        <source>Thư mục</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="58"/>
        <source>Giữ lại</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="68"/>
        <source>Chọn thư mục sao lưu</source>
        <translation>Choose the backup folder</translation>
    </message>
</context>
<context>
    <name>BallotEntryController</name>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="169"/>
        <source>Điều kiện: số phiếu {0}; {1} danh hiệu, chọn tối đa {2}. Tỷ lệ tính trên {3} ({4}).</source>
        <translation>Rule: votes {0}; {1} titles, at most {2} chosen. Ratio based on {3} ({4}).</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="173"/>
        <source>Điều kiện: số biểu quyết tán thành {0}; {1} danh hiệu, mỗi người tán thành tối đa {2}. Tỷ lệ tính trên {3} ({4}).</source>
        <translation>Condition: hands in favour {0}; {1} titles, each voter in favour of at most {2}. Percentages of {3} ({4}).</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="193"/>
        <source>Được suy tôn: {0}</source>
        <translation>Acclaimed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="193"/>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="196"/>
        <source>&lt;b&gt;Bằng phiếu ở vị trí cuối: {0}&lt;/b&gt; – còn {1} danh hiệu, cần bầu vòng hai.</source>
        <translation>&lt;b&gt;Tied for the last place: {0}&lt;/b&gt; – {1} titles left, a second round is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="225"/>
        <source>gõ liền hoặc cách nhau</source>
        <translation>with or without spaces</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="227"/>
        <source>cách nhau bằng dấu cách (hoặc dấu + . ,)</source>
        <translation>separated by spaces (or + . ,)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="229"/>
        <source>các đơn vị được đánh dấu &quot;ĐỒNG Ý&quot;</source>
        <translation>the units marked &quot;APPROVE&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="230"/>
        <source>phiếu không đánh dấu gì (không chọn ai)</source>
        <translation>an unmarked ballot (nobody chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="233"/>
        <source>các tên bị GẠCH</source>
        <translation>the names STRUCK OUT</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="235"/>
        <source>các tên được GIỮ LẠI</source>
        <translation>the names KEPT</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="236"/>
        <source>phiếu để nguyên (chọn cả {0} đơn vị)</source>
        <translation>an untouched ballot (all {0} units chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="237"/>
        <source>Gõ số thứ tự {0}, {1}, rồi Enter.
Enter: {2}  ·  0 rồi Enter: không chọn ai</source>
        <translation>Type the numbers of {0}, {1}, then Enter.
Enter: {2}  ·  0 then Enter: nobody chosen</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="251"/>
        <source>không chọn ai</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="252"/>
        <source>Phiếu để nguyên</source>
        <translation>Untouched ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="252"/>
        <source>Chọn {0}</source>
        <translation>{0} chosen</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="254"/>
        <source>{0}: {1} → KHÔNG HỢP LỆ: {2}</source>
        <translation>{0}: {1} → INVALID: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="255"/>
        <source>{0}: {1} → hợp lệ</source>
        <translation>{0}: {1} → valid</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_controller.py" line="366"/>
        <source>Bầu &amp;vòng hai</source>
        <translation>Start a second ro&amp;und</translation>
    </message>
</context>
<context>
    <name>BallotEntryView</name>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="208"/>
        <source>số thứ tự… rồi Enter</source>
        <translation>numbers… then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="223"/>
        <source>Phiếu không hợp lệ – bấm số lý do (Esc: thôi):</source>
        <translation>Invalid ballot – press the number of the reason (Esc: cancel):</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="270"/>
        <source>chưa ghi</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="786"/>
        <source>Xác nhận kết quả</source>
        <translation>Confirm the result</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="401"/>
        <source>Nhập phiếu</source>
        <translation>Ballot entry</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="316"/>
        <source>Các phiếu đã nhập (↑: xem lại, Esc: quay lại ô nhập):</source>
        <translation>Ballots entered (↑: review, Esc: back to the entry box):</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="379"/>
        <source> – vòng {0}</source>
        <translation> – round {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="461"/>
        <source>Lần {0}: </source>
        <translation>Pass {0}: </translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="463"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; phiếu (hợp lệ {1}, không hợp lệ {2}) · có mặt {3}/{4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ballots ({1} valid, {2} invalid) · present {3}/{4}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="196"/>
        <source>Lần nhập &amp;1</source>
        <translation>Entry pass &amp;1</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="197"/>
        <source>Lần nhập &amp;2 (đối chiếu)</source>
        <translation>Entry pass &amp;2 (check)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="230"/>
        <source>&amp;Nhập số liệu biểu quyết…</source>
        <translation>E&amp;nter the vote totals…</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="247"/>
        <source>&amp;Sửa phiếu… (F4)</source>
        <translation>&amp;Correct ballot… (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="249"/>
        <source>Xóa phiếu… (&amp;Delete)</source>
        <translation>Delete ballot… (&amp;Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="260"/>
        <source>Đối chiếu hai lần nhậ&amp;p</source>
        <translation>Compare the t&amp;wo passes</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="272"/>
        <source>Phiếu phát &amp;ra:</source>
        <translation>&amp;Ballots issued:</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="274"/>
        <source>&amp;In phiếu…</source>
        <translation>Pr&amp;int ballots…</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="276"/>
        <source>Xác nhận &amp;kết quả</source>
        <translation>Confirm the resul&amp;t</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="278"/>
        <source>&amp;Mở lại…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="280"/>
        <source>Công bố &amp;lên màn chiếu</source>
        <translation>Announce on the pro&amp;jector</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="284"/>
        <source>In &amp;biên bản</source>
        <translation>Print the &amp;minutes</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="286"/>
        <source>In kết &amp;quả</source>
        <translation>Print the &amp;results</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="385"/>
        <source>dấu trừ (-) hoặc F2, rồi số lý do 1–{0}: phiếu không hợp lệ  ·  Esc: xóa số đang gõ</source>
        <translation>minus (-) or F2, then the reason number 1–{0}: an invalid ballot  ·  Esc: clear what is typed</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="401"/>
        <source>Số liệu biểu quyết giơ tay</source>
        <translation>Show-of-hands totals</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="555"/>
        <source>Đã ghi phiếu số {0}: {1}</source>
        <translation>Ballot no. {0} recorded: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="586"/>
        <location filename="../../ui/ballot_entry_view.py" line="605"/>
        <source>Không ghi được phiếu</source>
        <translation>Cannot record the ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="661"/>
        <source>Không sửa được phiếu</source>
        <translation>Cannot correct the ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="670"/>
        <source>Xóa phiếu số {0}</source>
        <translation>Delete ballot no. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="671"/>
        <source>Phiếu số {0} ({1}) sẽ không được tính. Lý do xóa (ví dụ: nhập trùng):</source>
        <translation>Ballot no. {0} ({1}) will not be counted. Reason for deleting it (e.g. entered twice):</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="680"/>
        <source>Không xóa được phiếu</source>
        <translation>Cannot delete the ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="710"/>
        <source>Hai lần nhập khớp nhau.</source>
        <translation>The two passes match.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="714"/>
        <location filename="../../ui/ballot_entry_view.py" line="715"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="718"/>
        <source>Phiếu {0}: lần 1 «{1}» ≠ lần 2 «{2}»</source>
        <translation>Ballot {0}: pass 1 «{1}» ≠ pass 2 «{2}»</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="740"/>
        <location filename="../../ui/ballot_entry_view.py" line="860"/>
        <source>Không ghi được</source>
        <translation>Cannot record</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="760"/>
        <source>Không ghi được số liệu</source>
        <translation>Cannot record the totals</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="781"/>
        <source>Xác nhận kết quả vòng {0}? Sau khi xác nhận, muốn sửa phải mở lại và nêu lý do.</source>
        <translation>Confirm the result of round {0}? Once it is confirmed, changing it means reopening it and giving a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="785"/>
        <source>Lưu ý:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="769"/>
        <location filename="../../ui/ballot_entry_view.py" line="794"/>
        <source>Chưa xác nhận được</source>
        <translation>Cannot confirm yet</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="465"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; người biểu quyết (hợp lệ {1}, không hợp lệ {2}) · có mặt {3}/{4}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; voters (valid {1}, invalid {2}) · present {3}/{4}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="476"/>
        <source>Đã xác nhận lúc {0} ngày {1}</source>
        <translation>Confirmed at {0} on {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="498"/>
        <location filename="../../ui/ballot_entry_view.py" line="638"/>
        <source>Kết quả đã xác nhận: muốn sửa phải mở lại kết quả.</source>
        <translation>The result is confirmed: to change anything, reopen it first.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="499"/>
        <source>Chưa có phiếu nào trong lần nhập này.</source>
        <translation>No ballot in this entry pass yet.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="502"/>
        <source>Biểu quyết giơ tay: không có phiếu để in.</source>
        <translation>A show of hands: there are no ballots to print.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="508"/>
        <source>Kết quả vòng này đã được xác nhận.</source>
        <translation>The result of this round is already confirmed.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="509"/>
        <source>Kết quả chưa xác nhận: không cần mở lại.</source>
        <translation>The result is not confirmed: there is nothing to reopen.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="510"/>
        <source>Chỉ công bố được kết quả đã xác nhận.</source>
        <translation>Only a confirmed result can be announced.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="524"/>
        <source>Kết quả đã xác nhận: không nhập thêm phiếu (muốn sửa phải mở lại kết quả).</source>
        <translation>The result is confirmed: no more ballots are entered (reopen the result to change it).</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="529"/>
        <source>Phiếu số {0} – KHÔNG HỢP LỆ: bấm số lý do (1–{1}) ở dưới · Esc: thôi</source>
        <translation>Ballot no. {0} – INVALID: press the number of the reason (1–{1}) below · Esc: cancel</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="539"/>
        <source>{0} Enter không ghi gì; sửa lại, hoặc Esc để xóa.</source>
        <translation>{0} Enter records nothing; fix it, or Esc to clear.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="543"/>
        <source>Phiếu số {0} – {1}</source>
        <translation>Ballot no. {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="555"/>
        <source>Phiếu cuối: số {0} – {1}</source>
        <translation>Last ballot: no. {0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="646"/>
        <source>Chọn một phiếu trong danh sách các phiếu đã nhập (↑ từ ô nhập), rồi bấm lại.</source>
        <translation>Choose a ballot in the list of ballots entered (↑ from the entry box), then press again.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="651"/>
        <source>Sửa phiếu</source>
        <translation>Correct a ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="666"/>
        <source>Xóa phiếu</source>
        <translation>Delete a ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="703"/>
        <source>Lần nhập 2 chưa có phiếu nào: chọn «Lần nhập 2» rồi nhập lại chồng phiếu.</source>
        <translation>Entry pass 2 has no ballot yet: choose «Entry pass 2» and enter the stack of ballots again.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="705"/>
        <source>Chưa có phiếu nào để đối chiếu.</source>
        <translation>No ballot to compare yet.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="775"/>
        <source>Ô &quot;Phiếu phát ra&quot; còn &quot;chưa ghi&quot;: biên bản sẽ ghi số phiếu phát ra là &quot;không ghi nhận&quot;. Nên ghi số phiếu đã phát (chọn &quot;Không&quot; để quay lại ô đó) rồi mới xác nhận.</source>
        <translation>The &quot;Ballots issued&quot; box still says &quot;not entered&quot;: the minutes will give the ballots issued as &quot;not recorded&quot;. Enter the number of ballots handed out first (choose &quot;No&quot; to go back to that box), then confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="805"/>
        <source>Mở lại kết quả</source>
        <translation>Reopen the result</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="805"/>
        <source>Lý do mở lại kết quả (được ghi vào nhật ký):</source>
        <translation>Reason for reopening the result (written to the log):</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="811"/>
        <source>mở lại kết quả</source>
        <translation>reopen the result</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="802"/>
        <location filename="../../ui/ballot_entry_view.py" line="813"/>
        <source>Không mở lại được</source>
        <translation>Cannot reopen</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="828"/>
        <source>Chưa công bố được</source>
        <translation>Cannot announce yet</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_entry_view.py" line="838"/>
        <source>Không tạo được vòng hai</source>
        <translation>Cannot start the second round</translation>
    </message>
</context>
<context>
    <name>BallotListModel</name>
    <message>
        <location filename="../../ui/ballot_models.py" line="146"/>
        <source>Phiếu số</source>
        <translation>Ballot no.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="147"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="148"/>
        <location filename="../../ui/ballot_models.py" line="164"/>
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="158"/>
        <source>{0} (đã sửa)</source>
        <translation>{0} (corrected)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="161"/>
        <source>(phiếu không hợp lệ)</source>
        <translation>(invalid ballot)</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="164"/>
        <source>Không hợp lệ: {0}</source>
        <translation>Invalid: {0}</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../ui/widgets.py" line="110"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="115"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="125"/>
        <source>&amp;Có</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="126"/>
        <source>&amp;Không</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>CandidateTallyModel</name>
    <message>
        <location filename="../../ui/ballot_models.py" line="71"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="72"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="73"/>
        <source>Số phiếu</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="73"/>
        <source>Tán thành</source>
        <translation>In favour</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="74"/>
        <source>Tỷ lệ %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="75"/>
        <source>Đạt tỷ lệ</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="76"/>
        <source>Hạng</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="77"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_models.py" line="93"/>
        <source>Đạt</source>
        <translation>Reached</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <location filename="../../ui/core_strings.py" line="6"/>
        <source>tổng số người được triệu tập</source>
        <translation>voters convened</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="7"/>
        <source>số người có mặt</source>
        <translation>voters present</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="8"/>
        <source>số phiếu thu vào</source>
        <translation>ballots returned</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="9"/>
        <source>số phiếu hợp lệ</source>
        <translation>valid ballots</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="10"/>
        <source>Trúng cử</source>
        <translation>Elected</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="11"/>
        <source>Bằng phiếu</source>
        <translation>Tie</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="12"/>
        <source>Không trúng cử</source>
        <translation>Not elected</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="13"/>
        <source>Được suy tôn</source>
        <translation>Acclaimed</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="14"/>
        <source>Không được suy tôn</source>
        <translation>Not acclaimed</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="15"/>
        <source>số người biểu quyết</source>
        <translation>the number of voters</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="16"/>
        <source>số biểu quyết hợp lệ</source>
        <translation>the valid votes</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="17"/>
        <source>Gạch tên</source>
        <translation>Strike out names</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="18"/>
        <source>Đánh dấu đồng ý – không đồng ý</source>
        <translation>Tick approve – not approve</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="19"/>
        <source>Gõ số các tên bị gạch</source>
        <translation>Type the numbers of the names struck out</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="20"/>
        <source>Gõ số các tên được giữ lại</source>
        <translation>Type the numbers of the names kept</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="21"/>
        <source>Bỏ phiếu kín</source>
        <translation>Secret ballot</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="22"/>
        <source>Biểu quyết giơ tay</source>
        <translation>Show of hands</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="23"/>
        <source>Chuẩn bị</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="24"/>
        <source>Đang kiểm phiếu</source>
        <translation>Counting</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="25"/>
        <source>Đã xác nhận</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="26"/>
        <source>Theo quy định của hội nghị</source>
        <translation>As the meeting decides</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="27"/>
        <source>Mỗi đơn vị một phiếu</source>
        <translation>One vote per unit</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="28"/>
        <source>Mỗi đại biểu một phiếu</source>
        <translation>One vote per delegate</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="29"/>
        <source>Cụm trưởng</source>
        <translation>Cluster head</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="30"/>
        <source>Cụm phó</source>
        <translation>Deputy head</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="31"/>
        <source>Biểu quyết tán thành đề xuất (đồng ý / không đồng ý)</source>
        <translation>Approve the proposal (approve / not approve)</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="32"/>
        <source>Bầu tự do: mỗi phiếu ghi một đơn vị làm cụm trưởng, một đơn vị làm cụm phó</source>
        <translation>Open election: each ballot names one unit as head and one as deputy</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="33"/>
        <source>Được tán thành</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="34"/>
        <source>Không được tán thành</source>
        <translation>Not approved</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="35"/>
        <source>{count} phiếu ghi {unit} làm cụm phó không được tính cho cụm phó vì {unit} đã trúng cử cụm trưởng.</source>
        <translation>{count} ballots naming {unit} as deputy are not counted for the deputy: {unit} was elected head.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="36"/>
        <source>{unit} đạt tỷ lệ ở phần bầu cụm phó nhưng chưa bầu được cụm trưởng: cụm phó được bầu lại ở vòng sau, cùng với cụm trưởng.</source>
        <translation>{unit} reached the threshold for deputy, but no head is elected yet: the deputy is voted again in the next round, with the head.</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="37"/>
        <source>Phong trào</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="38"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="39"/>
        <source>Không phải phiếu do Ban kiểm phiếu phát ra</source>
        <translation>Not a ballot issued by the counting committee</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="40"/>
        <source>Gạch/đánh dấu quá số lượng</source>
        <translation>Too many struck out or marked</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="41"/>
        <source>Ghi thêm tên ngoài danh sách</source>
        <translation>A name added outside the list</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="42"/>
        <source>Phiếu rách, không xác định được ý chí</source>
        <translation>Torn ballot, intent unclear</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="43"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="44"/>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="45"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="46"/>
        <source>danh sách đại biểu có cột ký tên</source>
        <translation>delegate list with a signature column</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="47"/>
        <source>thẻ đại biểu và khách mời có mã QR</source>
        <translation>delegate and guest badges with QR codes</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="48"/>
        <source>báo cáo số đại biểu có mặt tại thời điểm in</source>
        <translation>attendance report at the time of printing</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="49"/>
        <source>phiếu suy tôn của vòng mới nhất, mỗi người có mặt một phiếu</source>
        <translation>acclamation ballots of the latest round, one per voter present</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="50"/>
        <source>biên bản kiểm phiếu của từng vòng</source>
        <translation>counting minutes of each round</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="51"/>
        <source>kết quả suy tôn của một cuộc bầu</source>
        <translation>acclamation results of one vote</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="52"/>
        <source>phiếu bầu cụm trưởng, cụm phó của vòng mới nhất, mỗi người có mặt một phiếu</source>
        <translation>head and deputy ballots of the latest round, one per voter present</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="53"/>
        <source>biên bản kiểm phiếu bầu cụm trưởng, cụm phó, từng vòng</source>
        <translation>counting minutes of the head and deputy election, each round</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="54"/>
        <source>kết quả hội nghị: danh hiệu được suy tôn, cụm trưởng, cụm phó, giao ước đã ký</source>
        <translation>conference results: titles acclaimed, head, deputy, agreement signed</translation>
    </message>
    <message>
        <location filename="../../ui/core_strings.py" line="55"/>
        <source>bản giao ước thi đua, đủ số bản chính, khối chữ ký từng đơn vị</source>
        <translation>the emulation agreement, all originals, a signature block per unit</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="61"/>
        <source>Sửa phiếu số {0}</source>
        <translation>Correct ballot no. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="64"/>
        <source>Phiếu &amp;không hợp lệ</source>
        <translation>&amp;Invalid ballot</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="71"/>
        <source>ví dụ: gõ nhầm số</source>
        <translation>e.g. a mistyped number</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="74"/>
        <source>Đang ghi</source>
        <translation>Recorded as</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="78"/>
        <source>&amp;Số thứ tự</source>
        <translation>&amp;Numbers</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="80"/>
        <source>Lý do không hợp &amp;lệ</source>
        <translation>&amp;Why invalid</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="81"/>
        <source>Lý &amp;do sửa</source>
        <translation>&amp;Reason for correction</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="102"/>
        <source>Trường &quot;Lý do sửa&quot; không được để trống.</source>
        <translation>The &quot;Reason for correction&quot; field cannot be empty.</translation>
    </message>
</context>
<context>
    <name>DamagedView</name>
    <message>
        <location filename="../../ui/damaged_view.py" line="13"/>
        <source>Không hiển thị được phần “{0}”</source>
        <translation>Cannot show “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/damaged_view.py" line="20"/>
        <source>Các phần khác của hội nghị vẫn dùng được. Tệp › Kiểm tra tính toàn vẹn… cho biết chỗ nào bị sửa; Tệp › Khôi phục từ bản sao lưu… mở lại một bản còn tốt.</source>
        <translation>The other parts of the meeting still work. File › Check integrity… tells what was changed; File › Restore from a backup… opens a good copy.</translation>
    </message>
</context>
<context>
    <name>DirectTotalsDialog</name>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="153"/>
        <source>Số liệu biểu quyết giơ tay</source>
        <translation>Show-of-hands totals</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="162"/>
        <source>Số &amp;người biểu quyết</source>
        <translation>&amp;Voters taking part</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="163"/>
        <source>&amp;Không hợp lệ</source>
        <translation>&amp;Invalid</translation>
    </message>
</context>
<context>
    <name>ElectionEntryController</name>
    <message>
        <location filename="../../ui/head_election_controller.py" line="75"/>
        <source>Biểu quyết đề xuất cụm trưởng, cụm phó năm {0}</source>
        <translation>Approve the proposed cluster head and deputy for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="76"/>
        <source>Bầu cụm trưởng, cụm phó năm {0}</source>
        <translation>Elect the cluster head and deputy for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="142"/>
        <source>Trúng cử khi số phiếu {0}. Cụm trưởng xác định trước; phiếu bầu đơn vị trúng cử cụm trưởng làm cụm phó không được tính. Tỷ lệ tính trên {1} ({2}).</source>
        <translation>Elected when the votes are {0}. The cluster head is decided first; deputy votes for the unit elected head do not count. Percentages of {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="160"/>
        <source>{0}: &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>{0}: &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="165"/>
        <source>{0} đơn vị</source>
        <translation>{0} units</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="168"/>
        <source>{0}: chưa xác định – vòng tiếp theo: {1}</source>
        <translation>{0}: not decided – next round: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="194"/>
        <source>Enter: phiếu đồng ý cả hai (cụm trưởng và cụm phó như đề xuất).
Gõ số dòng KHÔNG đồng ý rồi Enter: 1 = cụm trưởng, 2 = cụm phó, 1 2 = cả hai</source>
        <translation>Enter: a ballot approving both (cluster head and deputy as proposed).
Type the lines NOT approved, then Enter: 1 = cluster head, 2 = deputy, 1 2 = both</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="198"/>
        <source>Gõ số thứ tự đơn vị được bầu làm cụm phó rồi Enter (Enter: phiếu không chọn ai)</source>
        <translation>Type the number of the unit elected deputy, then Enter (Enter alone: nobody chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="200"/>
        <source>Gõ số thứ tự đơn vị bầu làm CỤM TRƯỞNG, dấu cách, số thứ tự đơn vị bầu làm CỤM PHÓ, rồi Enter (ví dụ 3 7; 0 = không chọn).
Enter: phiếu không chọn ai</source>
        <translation>Type the number of the unit elected CLUSTER HEAD, a space, the number of the unit elected DEPUTY, then Enter (e.g. 3 7; 0 = none).
Enter alone: a ballot choosing nobody</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="211"/>
        <source>{0} → KHÔNG HỢP LỆ: {1}</source>
        <translation>{0} → INVALID: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="212"/>
        <source>{0} → hợp lệ</source>
        <translation>{0} → valid</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="236"/>
        <source>Không hợp lệ: {0}</source>
        <translation>Invalid: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="308"/>
        <source>Bầu &amp;vòng tiếp theo</source>
        <translation>Ne&amp;xt round</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_controller.py" line="319"/>
        <source>In phiếu bầu cụm trưởng, cụm phó</source>
        <translation>Print the head and deputy ballots</translation>
    </message>
</context>
<context>
    <name>ElectionResultView</name>
    <message>
        <location filename="../../ui/head_election_projector.py" line="37"/>
        <source>BIỂU QUYẾT ĐỀ XUẤT CỤM TRƯỞNG, CỤM PHÓ NĂM {0}</source>
        <translation>APPROVING THE PROPOSED CLUSTER HEAD AND DEPUTY FOR {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="39"/>
        <source>BẦU CỤM TRƯỞNG, CỤM PHÓ NĂM {0}</source>
        <translation>ELECTING THE CLUSTER HEAD AND DEPUTY FOR {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="42"/>
        <source> – VÒNG {0}</source>
        <translation> – ROUND {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="48"/>
        <source>Cụm trưởng</source>
        <translation>Cluster head</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="49"/>
        <source>Cụm phó</source>
        <translation>Deputy head</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="54"/>
        <source>{0}: bầu lại giữa {1}</source>
        <translation>{0}: runoff between {1}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="56"/>
        <source>{0}: bầu tiếp vòng {1}</source>
        <translation>{0}: on to round {1}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="63"/>
        <source>Thu vào {0} phiếu · hợp lệ {1} · không hợp lệ {2} · tỷ lệ tính trên {3} ({4}) · ngưỡng (đường đứt): {5}</source>
        <translation>{0} ballots collected · {1} valid · {2} invalid · ratio based on {3} ({4}) · threshold (dashed line): {5}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="83"/>
        <source>CỤM TRƯỞNG</source>
        <translation>CLUSTER HEAD</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_projector.py" line="84"/>
        <source>CỤM PHÓ</source>
        <translation>DEPUTY HEAD</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../ui/error_hook.py" line="45"/>
        <source>Không làm được</source>
        <translation>Could not do that</translation>
    </message>
    <message>
        <location filename="../../ui/error_hook.py" line="47"/>
        <source>Có lỗi ngoài dự kiến</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/error_hook.py" line="49"/>
        <source>ThiDua gặp một lỗi ngoài dự kiến ({0}: {1}) và đã bỏ qua thao tác vừa rồi.

Dữ liệu đã ghi vẫn an toàn: mỗi thao tác được ghi hẳn vào tệp hội nghị ngay khi xong. Có thể làm tiếp; nếu lỗi lặp lại, hãy lưu tệp ra USB và gửi kèm nhật ký lỗi cho người phụ trách:
{2}</source>
        <translation>ThiDua met an unexpected error ({0}: {1}) and left out the last action.

What was saved is safe: every action is written in full to the meeting file as soon as it is done. You can go on; if the error comes back, save the file to a USB drive and send it with the error log to whoever looks after ThiDua:
{2}</translation>
    </message>
</context>
<context>
    <name>HeadElectionView</name>
    <message>
        <location filename="../../ui/head_election_view.py" line="109"/>
        <location filename="../../ui/head_election_view.py" line="198"/>
        <source>Đề xuất và cách bầu</source>
        <translation>Proposal and way of electing</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="133"/>
        <source>Thứ tự luân phiên</source>
        <translation>Rotation order</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="137"/>
        <source>Đề xuất: cụm trưởng năm sau là đơn vị đứng sau cụm trưởng năm nay trong thứ tự luân phiên, cụm phó là đơn vị tiếp theo.</source>
        <translation>Proposal: next year&apos;s cluster head is the unit after this year&apos;s head in the rotation order; the deputy is the unit after that.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="168"/>
        <source>trên</source>
        <translation>more than</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="169"/>
        <source>từ … trở lên</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="104"/>
        <source>In kết &amp;quả hội nghị</source>
        <translation>Print the conference res&amp;ults</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="106"/>
        <source>Tạo &amp;hội nghị năm sau…</source>
        <translation>Start next &amp;year&apos;s meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="127"/>
        <source>Lên t&amp;rên</source>
        <translation>&amp;Move up</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="129"/>
        <source>&amp;Xuống dưới</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="131"/>
        <source>The&amp;o thứ tự chính thức</source>
        <translation>&amp;Official order</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="153"/>
        <source>Đề xuất theo thứ tự luân &amp;phiên</source>
        <translation>Proposal by &amp;rotation</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="183"/>
        <source>&amp;Nhập phiếu hai lần để đối chiếu</source>
        <translation>Enter the ballots t&amp;wice to cross-check</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="191"/>
        <source>&amp;Lưu cách bầu</source>
        <translation>Sa&amp;ve the way of electing</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="194"/>
        <source>Đã nhập phiếu: không sửa được cách bầu nữa.</source>
        <translation>Ballots have been entered: the way of electing can no longer change.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="205"/>
        <source>Đề xuất cụm trưởng</source>
        <translation>Proposed cluster head</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="206"/>
        <source>Đề xuất cụm phó</source>
        <translation>Proposed deputy head</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="211"/>
        <source>Cách bầu</source>
        <translation>Way of electing</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="212"/>
        <source>Trúng cử khi số phiếu</source>
        <translation>Elected when the votes are</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="213"/>
        <source>của</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="215"/>
        <source>Ban kiểm phiếu</source>
        <translation>Counting committee</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="216"/>
        <source>Trưởng ban kiểm phiếu</source>
        <translation>Chair of the counting committee</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="242"/>
        <source> (cụm trưởng năm nay)</source>
        <translation> (this year&apos;s cluster head)</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="244"/>
        <source> (cụm phó năm nay)</source>
        <translation> (this year&apos;s deputy head)</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="246"/>
        <source>  → đề xuất cụm trưởng năm {0}</source>
        <translation>  → proposed cluster head for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="248"/>
        <source>  → đề xuất cụm phó năm {0}</source>
        <translation>  → proposed deputy head for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="259"/>
        <source>Chọn một đơn vị trong thứ tự luân phiên trước.</source>
        <translation>Choose a unit in the rotation order first.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="263"/>
        <source>Đơn vị này đã ở đầu danh sách.</source>
        <translation>This unit is already at the top of the list.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="269"/>
        <source>Đơn vị này đã ở cuối danh sách.</source>
        <translation>This unit is already at the bottom of the list.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="291"/>
        <source>Năm nay: cụm trưởng &lt;b&gt;{0}&lt;/b&gt;, cụm phó &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>This year: cluster head &lt;b&gt;{0}&lt;/b&gt;, deputy &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="292"/>
        <location filename="../../ui/head_election_view.py" line="293"/>
        <source>(chưa ghi)</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="307"/>
        <source>(chưa chọn)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="374"/>
        <source>Đã lưu thứ tự luân phiên. Đề xuất mới: cụm trưởng {0}, cụm phó {1}; bấm &quot;Lưu cách bầu&quot; để áp dụng.</source>
        <translation>Rotation order saved. New proposal: cluster head {0}, deputy {1}; press &quot;Save the way of electing&quot; to apply.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="378"/>
        <source>Đề xuất theo thứ tự luân phiên: cụm trưởng {0}, cụm phó {1}; bấm &quot;Lưu cách bầu&quot; để áp dụng.</source>
        <translation>Proposal by rotation: cluster head {0}, deputy {1}; press &quot;Save the way of electing&quot; to apply.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="412"/>
        <source>Không lưu được thứ tự luân phiên</source>
        <translation>Could not save the rotation order</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="490"/>
        <source>Dùng được khi đã xác nhận cả cụm trưởng và cụm phó năm sau.</source>
        <translation>Available once both next year&apos;s cluster head and deputy are confirmed.</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="447"/>
        <source>Vòng {0}</source>
        <translation>Round {0}</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="481"/>
        <source>chưa bầu</source>
        <translation>not elected yet</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="484"/>
        <source>Năm {0}: cụm trưởng {1} · cụm phó {2}</source>
        <translation>{0}: cluster head {1} · deputy {2}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/help_window.py" line="22"/>
        <source>Hướng dẫn sử dụng ThiDua</source>
        <translation>ThiDua user guide</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="27"/>
        <source>← &amp;Quay lại</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/help_window.py" line="30"/>
        <source>&amp;Mục lục</source>
        <translation>&amp;Contents</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="110"/>
        <source>Nhập danh sách người tham dự</source>
        <translation>Import the list of attendees</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="115"/>
        <source>Chọn tệp Excel (.xlsx) hoặc CSV (.csv)…</source>
        <translation>Choose an Excel (.xlsx) or CSV (.csv) file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="116"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="124"/>
        <source>Chuyển chữ gõ bằng bảng mã cũ (TCVN3, VNI) sang Unicode</source>
        <translation>Convert text typed in the old encodings (TCVN3, VNI) to Unicode</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="136"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="136"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="136"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="136"/>
        <source>Đơn vị / Cơ quan</source>
        <translation>Unit / Organization</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="137"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="137"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="137"/>
        <source>Lưu ý</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="144"/>
        <location filename="../../ui/import_dialog.py" line="152"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="146"/>
        <source>Thêm vào danh sách</source>
        <translation>Add to the list</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="152"/>
        <location filename="../../ui/import_dialog.py" line="198"/>
        <location filename="../../ui/import_dialog.py" line="211"/>
        <source>Đang đọc danh sách…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="153"/>
        <source>Nhập danh sách</source>
        <translation>Import list</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="175"/>
        <source>Chọn danh sách</source>
        <translation>Choose a list</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="177"/>
        <source>Danh sách (*.xlsx *.csv);;Tất cả (*)</source>
        <translation>Lists (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="221"/>
        <source>Đang kiểm tra dòng {0} / {1}…</source>
        <translation>Checking row {0} / {1}…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="224"/>
        <source>Đang đọc dòng {0}…</source>
        <translation>Reading row {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="253"/>
        <source>Không đọc được tệp. Không có gì được thêm.</source>
        <translation>The file could not be read. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="261"/>
        <source>Đã hủy việc đọc tệp. Không có gì được thêm.</source>
        <translation>Reading the file was cancelled. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="306"/>
        <source>Có {0} lỗi: sửa tệp rồi chọn lại. Chưa thêm ai.</source>
        <translation>{0} errors: correct the file and choose it again. Nobody was added.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="311"/>
        <source>Sẽ thêm {0} người.</source>
        <translation>{0} people will be added.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="313"/>
        <source>Sẽ cập nhật {0} người đã có cùng mã (tô xanh).</source>
        <translation>{0} people already listed with the same code will be updated (in blue).</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="315"/>
        <source>{0} người đã có, không thay đổi.</source>
        <translation>{0} people already listed, unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="317"/>
        <source>{0} người có thể đã có trong danh sách (tô vàng).</source>
        <translation>{0} may already be on the list (highlighted in yellow).</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="321"/>
        <source>Thêm {0}, cập nhật {1} người</source>
        <translation>Add {0}, update {1} people</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="323"/>
        <source>Cập nhật {0} người</source>
        <translation>Update {0} people</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="325"/>
        <source>Thêm {0} người</source>
        <translation>Add {0} people</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="343"/>
        <source>Các dòng {0} được gõ bằng bảng mã cũ {1} và đã được chuyển sang Unicode: xem lại tên trước khi thêm.</source>
        <translation>Rows {0} were typed in the old {1} encoding and have been converted to Unicode: check the names before adding.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="350"/>
        <source>Tệp có chữ gõ bằng bảng mã cũ {0}, chưa chuyển sang Unicode.</source>
        <translation>The file has text typed in the old {0} encoding, not converted to Unicode.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="362"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="363"/>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="364"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="371"/>
        <source>Cập nhật: {0}</source>
        <translation>Update: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="373"/>
        <source>Đã có, không thay đổi</source>
        <translation>Already listed, unchanged</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <location filename="../../ui/agreement_view.py" line="95"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="96"/>
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="97"/>
        <source>Lên trên</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="98"/>
        <source>Xuống dưới</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Chỉ xem: {0} Mọi thay đổi đều bị từ chối; muốn làm việc, hãy mở tệp để ghi.</source>
        <translation>View only: {0} Every change is refused; to work, open the file for writing.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Chuẩn bị</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Đăng ký đại biểu</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Suy tôn</source>
        <translation>Acclamation vote</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Bầu cụm trưởng – cụm phó</source>
        <translation>Cluster head and deputy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Giao ước thi đua</source>
        <translation>Emulation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>In ấn</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>Hội nghị &amp;mới…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Mở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Mở hội nghị mẫu</source>
        <translation>Open the demo meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;Lưu bản sao thành…</source>
        <translation>&amp;Save a copy as…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Đó&amp;ng hội nghị</source>
        <translation>&amp;Close meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Tạo hội nghị năm &amp;sau từ hội nghị này…</source>
        <translation>Start &amp;next year&apos;s meeting from this one…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Chỉ có một màn hình: màn chiếu mở thành một cửa sổ riêng (cắm máy chiếu, chọn Mở rộng bằng Windows + P, rồi Máy chiếu › Hiện trên màn hình 2).</source>
        <translation>Only one screen: the projector view opens as a window of its own (plug in the projector, choose Extend with Windows + P, then Projector › Show on screen 2).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Giới thiệu ThiDua</source>
        <translation>About ThiDua</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Má&amp;y chiếu</source>
        <translation>&amp;Projector</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>Bước</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Giới thiệu ThiDua</source>
        <translation>&amp;About ThiDua</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>Hiện trên màn hình {0} ({1}×{2})</source>
        <translation>Show on screen {0} ({1}×{2})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Tắt màn chiếu (Esc trên màn chiếu)</source>
        <translation>Turn the projector off (Esc on the projector)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Đã mở màn chiếu trên màn hình {0}.</source>
        <translation>The projector view is open on screen {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source> – chỉ xem</source>
        <translation> – view only</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Mã nhật ký: {0}</source>
        <translation>Log code: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Mã của toàn bộ nhật ký tệp lúc này; đổi sau mỗi thao tác. Biên bản in mã xác nhận của kết quả, không đổi khi in lại (docs/safety.md).</source>
        <translation>The code of the file&apos;s whole log now; it changes after every action. The minutes print the result&apos;s confirmation code, which stays the same on every reprint (docs/safety.md).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Khi mở tệp</source>
        <translation>On opening the file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>Tệp {0} đang mở.</source>
        <translation>{0} is already open.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>Không mở được để ghi</source>
        <translation>Cannot open for writing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384"/>
        <source>{0}

Mở tệp chỉ để xem?</source>
        <translation>{0}

Open the file to view only?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389"/>
        <location filename="../../ui/main_window.py" line="398"/>
        <source>Không mở được tệp hội nghị</source>
        <translation>Cannot open the meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>Tệp không nằm trên máy này</source>
        <translation>The file is not on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>Tệp {0} nằm trên {1}. Làm việc trực tiếp trên đó chậm, và mất dữ liệu khi mất mạng, rút ổ hay khi dịch vụ đồng bộ ghi đè. Nên chép về máy (thư mục Tài liệu) và làm việc trên bản chép; cuối buổi chép lại ra ổ đó.</source>
        <translation>{0} is on a {1}. Working on it there is slow, and loses data when the network drops, the drive is pulled out or a sync service overwrites it. Copy it to this computer (Documents) and work on the copy; copy it back at the end of the day.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>&amp;Chép về máy và mở</source>
        <translation>&amp;Copy to this computer and open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416"/>
        <source>&amp;Vẫn mở tại chỗ</source>
        <translation>Open it &amp;there anyway</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="417"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>Không chép được tệp về máy</source>
        <translation>Could not copy the file to this computer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>Đang làm việc trên bản chép {0}</source>
        <translation>Working on the copy {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>Không mở được hội nghị mẫu</source>
        <translation>Cannot open the demo meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <source>Mở tệp hội nghị</source>
        <translation>Open a meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>Tạo hội nghị mới</source>
        <translation>Create a new meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>Không tạo được hội nghị</source>
        <translation>Cannot create the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="485"/>
        <source>Lưu bản sao</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="493"/>
        <source>Không lưu được bản sao</source>
        <translation>Cannot save the copy</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>Đã lưu bản sao vào {0}</source>
        <translation>Copy saved to {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514"/>
        <source>Đã tạo hội nghị năm sau</source>
        <translation>Next year&apos;s meeting created</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="515"/>
        <source>Đã ghi {0}.

{1}

Mở hội nghị năm sau ngay?</source>
        <translation>Saved {0}.

{1}

Open next year&apos;s meeting now?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="545"/>
        <source>ThiDua – phần mềm điều hành hội nghị tổng kết cụm thi đua, chạy không cần mạng.</source>
        <translation>ThiDua – runs the year-end conference of an emulation cluster, with no network needed.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../ui/meeting_form.py" line="55"/>
        <source>phải vượt quá tỷ lệ (&gt;), không chỉ bằng (≥)</source>
        <translation>must exceed the ratio (&gt;), not just reach it (≥)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="57"/>
        <source>đơn vị thành viên có mặt</source>
        <translation>member units present</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="58"/>
        <source>người có quyền biểu quyết có mặt</source>
        <translation>voters present</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="60"/>
        <source>Mỗi đơn vị một phiếu (trưởng đoàn bỏ phiếu)</source>
        <translation>One vote per member unit (cast by the head of delegation)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="61"/>
        <source>Mỗi đại biểu một phiếu</source>
        <translation>One vote per delegate</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="64"/>
        <source>ít nhất</source>
        <translation>at least</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="72"/>
        <source>Cơ quan chủ quản</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="73"/>
        <source>Tên cụm thi đua</source>
        <translation>Cluster name</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="74"/>
        <source>Thành viên của cụm</source>
        <translation>Cluster members</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="75"/>
        <source>Tên hội nghị</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="76"/>
        <source>Năm tổng kết</source>
        <translation>Year reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="77"/>
        <source>Năm giao ước</source>
        <translation>Agreement year</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="78"/>
        <source>Địa điểm tổ chức</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="79"/>
        <source>Địa danh ghi trên văn bản</source>
        <translation>Place in the date line</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="80"/>
        <source>Ngày họp</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="81"/>
        <source>Đơn vị đăng cai</source>
        <translation>Host unit</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="82"/>
        <source>Cụm trưởng năm nay</source>
        <translation>This year&apos;s cluster head</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="83"/>
        <source>Cụm phó năm nay</source>
        <translation>This year&apos;s deputy</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="84"/>
        <source>Tiêu đề cơ quan ban hành
(mỗi dòng một dòng)</source>
        <translation>Issuing body heading
(one line per line)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="85"/>
        <source>Điều kiện hợp lệ (số có mặt)</source>
        <translation>Quorum (attendance)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="87"/>
        <source>Quyền biểu quyết</source>
        <translation>Who votes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="91"/>
        <source>Lưu thông tin hội nghị</source>
        <translation>Save the meeting details</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="142"/>
        <source>(chưa chọn)</source>
        <translation>(none chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_form.py" line="186"/>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <location filename="../../ui/printing.py" line="104"/>
        <source>Đang tạo {0}…</source>
        <translation>Creating {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="105"/>
        <source>In ấn</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="127"/>
        <source>Không ghi được {0}: {1}</source>
        <translation>Cannot write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="137"/>
        <source>Đã tạo tệp PDF</source>
        <translation>PDF created</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="139"/>
        <source>Đã ghi {0}, nhưng máy không mở được tệp PDF (chưa có chương trình xem PDF?).</source>
        <translation>Saved {0}, but this computer could not open the PDF (no PDF viewer installed?).</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="143"/>
        <source>Mở &amp;thư mục chứa tệp</source>
        <translation>Open the containing &amp;folder</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="144"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="154"/>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
</context>
<context>
    <name>PeopleController</name>
    <message>
        <location filename="../../ui/people_controller.py" line="54"/>
        <source>Thêm {0}</source>
        <translation>Add {0}</translation>
    </message>
    <message>
        <location filename="../../ui/people_controller.py" line="64"/>
        <source>Sửa {0}</source>
        <translation>Edit {0}</translation>
    </message>
    <message>
        <location filename="../../ui/people_controller.py" line="73"/>
        <source>Xóa {0} người</source>
        <translation>Delete {0} people</translation>
    </message>
    <message>
        <location filename="../../ui/people_controller.py" line="93"/>
        <source>Nhập {0} người từ {1}</source>
        <translation>Import {0} people from {1}</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../ui/table_models.py" line="107"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="108"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="109"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="110"/>
        <source>Đơn vị / Cơ quan</source>
        <translation>Unit / Organization</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="111"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="112"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="117"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="118"/>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="119"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/people_view.py" line="39"/>
        <source>Tìm theo tên, chức vụ, đơn vị hoặc mã (gõ không dấu cũng được)</source>
        <translation>Search by name, position, unit or code (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="53"/>
        <source>Thêm người…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="54"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="55"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="57"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="59"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="61"/>
        <source>Nhập từ Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="62"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="109"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="113"/>
        <source>{0} người</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="115"/>
        <source>Hiện {0} trong {1} người</source>
        <translation>Showing {0} of {1} people</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="137"/>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="146"/>
        <source>Xuất danh sách</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="155"/>
        <source>Không xuất được</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="160"/>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../ui/people_view.py" line="157"/>
        <source>Đã xuất {0} người vào {1}</source>
        <translation>Exported {0} people to {1}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/person_dialog.py" line="25"/>
        <source>Sửa thông tin người tham dự</source>
        <translation>Edit attendee</translation>
    </message>
    <message>
        <location filename="../../ui/person_dialog.py" line="25"/>
        <source>Thêm người tham dự</source>
        <translation>Add attendee</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../ui/person_fields.py" line="17"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="18"/>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="19"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="32"/>
        <source>để trống: tự cấp mã</source>
        <translation>leave empty to assign one</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="36"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="37"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="38"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="39"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="40"/>
        <source>Cơ quan (khách mời)</source>
        <translation>Organization (guests)</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="41"/>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../ui/person_fields.py" line="42"/>
        <source>Mã (chữ số)</source>
        <translation>Code (digits)</translation>
    </message>
</context>
<context>
    <name>PinSettingsDialog</name>
    <message>
        <location filename="../../ui/pin_dialog.py" line="89"/>
        <source>Mã PIN bảo vệ kết quả</source>
        <translation>PIN to protect results</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="94"/>
        <source>Khi đặt mã PIN, muốn mở lại một kết quả đã xác nhận, hoặc sửa những gì kết quả đó dựa vào, phải nhập mã PIN. Mã PIN được lưu dạng băm trong tệp hội nghị.</source>
        <translation>Once a PIN is set, reopening a confirmed result, or changing anything that result depends on, requires the PIN. The PIN is stored hashed in the meeting file.</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="103"/>
        <source>để trống để bỏ mã PIN</source>
        <translation>leave empty to remove the PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="103"/>
        <source>ít nhất 4 ký tự</source>
        <translation>at least 4 characters</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="107"/>
        <source>Mã PIN hiện tại</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="108"/>
        <source>Mã PIN mới</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="109"/>
        <source>Nhập lại mã PIN mới</source>
        <translation>Repeat the new PIN</translation>
    </message>
    <message>
        <location filename="../../ui/pin_dialog.py" line="121"/>
        <source>Hai lần nhập mã PIN mới không giống nhau.</source>
        <translation>The two new PINs do not match.</translation>
    </message>
</context>
<context>
    <name>PrintBallotsDialog</name>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="112"/>
        <source>In phiếu suy tôn</source>
        <translation>Print acclamation ballots</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="118"/>
        <source>{0} phiếu mỗi trang A4</source>
        <translation>{0} ballots per A4 page</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="122"/>
        <source>Mặc định: mỗi người có quyền biểu quyết đang có mặt một phiếu. Số phiếu in được ghi là số phiếu phát ra.</source>
        <translation>By default, one ballot for each voter present. The number printed is recorded as the number of ballots issued.</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="127"/>
        <source>&amp;Số phiếu</source>
        <translation>&amp;Number of ballots</translation>
    </message>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="128"/>
        <source>&amp;Cách xếp</source>
        <translation>&amp;Layout</translation>
    </message>
</context>
<context>
    <name>PrintView</name>
    <message>
        <location filename="../../ui/print_view.py" line="21"/>
        <source>In ấn</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="23"/>
        <source>Mỗi văn bản được lưu thành tệp PDF trong thư mục {0} rồi mở ra để in.</source>
        <translation>Each document is saved as a PDF file in the folder {0}, then opened for printing.</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="32"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/print_view.py" line="42"/>
        <source>Cuộc bầu (cho phiếu, biên bản, kết quả):</source>
        <translation>Vote (for the ballots, minutes and results):</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="22"/>
        <source>ThiDua – Màn chiếu</source>
        <translation>ThiDua – Projector</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/ballot_dialogs.py" line="45"/>
        <source>Trường &quot;Lý do&quot; không được để trống.</source>
        <translation>The &quot;Reason&quot; field cannot be empty.</translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <location filename="../../ui/registration_model.py" line="108"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="109"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="110"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="111"/>
        <source>Đơn vị / Cơ quan</source>
        <translation>Unit / Organization</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="112"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="113"/>
        <source>Có mặt lúc</source>
        <translation>Checked in at</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="118"/>
        <source>Thay cho {0}</source>
        <translation>In place of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="120"/>
        <source>Trưởng đoàn</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="121"/>
        <source>Đại biểu</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="122"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/registration_model.py" line="130"/>
        <source>vắng – {0} thay</source>
        <translation>absent – substitute: {0}</translation>
    </message>
</context>
<context>
    <name>RegistrationView</name>
    <message>
        <location filename="../../ui/registration_view.py" line="88"/>
        <source>Gõ tên, chức vụ, đơn vị hoặc mã (không dấu cũng được), Enter để điểm danh; hoặc quét mã QR</source>
        <translation>Type a name, position, unit or code (diacritics optional), Enter to check in; or scan the QR code</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="110"/>
        <source>Hoàn tác (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="129"/>
        <source>Đại biểu có mặt</source>
        <translation>Delegates present</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="130"/>
        <source>Khách mời có mặt</source>
        <translation>Guests present</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="131"/>
        <source>Đơn vị có đại biểu</source>
        <translation>Units represented</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="132"/>
        <source>Có quyền biểu quyết</source>
        <translation>Voters present</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="144"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="145"/>
        <source>Chưa điểm danh</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="146"/>
        <source>Đã điểm danh</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="171"/>
        <source>Người đến thêm… (F2)</source>
        <translation>Walk-in… (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="173"/>
        <source>Hủy điểm danh người đang chọn</source>
        <translation>Cancel the selected check-in</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="175"/>
        <source>In danh sách ký tên</source>
        <translation>Print the sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="177"/>
        <source>In thẻ đại biểu</source>
        <translation>Print badges</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="179"/>
        <source>Thẻ của tất cả mọi người</source>
        <translation>Badges for everyone</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="183"/>
        <source>Thẻ của người đang chọn</source>
        <translation>Badge for the selected person</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="188"/>
        <source>In báo cáo có mặt</source>
        <translation>Print the attendance report</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="190"/>
        <source>Chiếu lên màn hình</source>
        <translation>Show on the projector</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="192"/>
        <source>Đưa lời chào và số đại biểu có mặt lên màn chiếu (menu Màn chiếu)</source>
        <translation>Show the welcome and the number of delegates present on the projector (Projector menu)</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="208"/>
        <source>Hiện:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="229"/>
        <source>Sẵn sàng điểm danh</source>
        <translation>Ready to check in</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="230"/>
        <source>Gõ tên người đến hoặc quét mã QR trên thẻ đại biểu.</source>
        <translation>Type the name of the person arriving or scan the QR code on their badge.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="276"/>
        <source> (trong đó {0} dự thay)</source>
        <translation> (of whom {0} substitutes)</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="278"/>
        <source> (+{0} ngoài danh sách)</source>
        <translation> (+{0} not on the list)</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="284"/>
        <source>✔ Đủ điều kiện: {0} ({1}/{2})</source>
        <translation>✔ Quorum reached: {0} ({1}/{2})</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="287"/>
        <source>✘ Chưa đủ điều kiện: cần {0} ({1}/{2})</source>
        <translation>✘ No quorum yet: needs {0} ({1}/{2})</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="297"/>
        <source>Hủy điểm danh của {0}</source>
        <translation>Cancel the check-in of {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="299"/>
        <source>Chưa có gì để hoàn tác</source>
        <translation>Nothing to undo yet</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="309"/>
        <source>{0} người</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="311"/>
        <source>{0} trong {1} người</source>
        <translation>{0} of {1} people</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="355"/>
        <location filename="../../ui/registration_view.py" line="366"/>
        <location filename="../../ui/registration_view.py" line="416"/>
        <source>Không ghi được</source>
        <translation>Cannot record</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="382"/>
        <source>Đã điểm danh lúc {0}</source>
        <translation>Checked in at {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="387"/>
        <source>{0} đã điểm danh lúc {1} – không ghi thêm.</source>
        <translation>{0} already checked in at {1} – nothing recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="392"/>
        <source>Không có ai mang mã {0}</source>
        <translation>Nobody has the code {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="393"/>
        <source>Kiểm tra lại thẻ, hoặc gõ tên để tìm. Không có gì thay đổi.</source>
        <translation>Check the badge, or type the name to search. Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="399"/>
        <source>Không tìm thấy «{0}»</source>
        <translation>«{0}» not found</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="400"/>
        <source>Người chưa có trong danh sách: bấm «Người đến thêm…» (F2).</source>
        <translation>Someone not on the list: press «Walk-in…» (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="406"/>
        <source>Có {0} người khớp với «{1}»</source>
        <translation>{0} people match «{1}»</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="407"/>
        <source>Gõ thêm, hoặc chọn bằng phím ↑ ↓ rồi nhấn Enter.</source>
        <translation>Type more, or choose with ↑ ↓ and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="420"/>
        <location filename="../../ui/registration_view.py" line="445"/>
        <source>Đã hủy điểm danh</source>
        <translation>Check-in cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="422"/>
        <source>Người này chưa được tính là có mặt.</source>
        <translation>This person is no longer counted as present.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="431"/>
        <source>Chọn một người đã điểm danh</source>
        <translation>Select someone who has checked in</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="432"/>
        <source>Dùng phím ↑ ↓ hoặc bấm vào một dòng có giờ điểm danh.</source>
        <translation>Use ↑ ↓ or click a row with a check-in time.</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="438"/>
        <source>Hủy điểm danh của {0}?</source>
        <translation>Cancel the check-in of {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="439"/>
        <source>Hủy điểm danh</source>
        <translation>Cancel check-in</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="443"/>
        <source>Không hủy được</source>
        <translation>Cannot cancel</translation>
    </message>
    <message>
        <location filename="../../ui/registration_view.py" line="475"/>
        <source>Chọn một người để in thẻ</source>
        <translation>Select a person to print a badge for</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="34"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="38"/>
        <source>Chọn một bản sao lưu. Bản được chọn sẽ được chép thành một tệp mới bên cạnh tệp đang mở rồi mở ra; tệp đang mở không bị ghi đè.</source>
        <translation>Choose a backup. It is copied to a new file next to the open one, which is then opened; the open file is not overwritten.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="47"/>
        <source>Chọn tệp khác…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="50"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="65"/>
        <source>(chưa có thư mục sao lưu)</source>
        <translation>(no backup folder yet)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="73"/>
        <source>Bản {0} – {1} – {2} – mã {3} – {4} KB – {5}</source>
        <translation>Copy {0} – {1} – {2} – code {3} – {4} KB – {5}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="98"/>
        <source>Bản sao lưu nguyên vẹn: {0} sự kiện, {1} dòng dữ liệu, mã nhật ký {2}.</source>
        <translation>The backup is intact: {0} events, {1} data rows, log code {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="67"/>
        <source>Không có bản sao lưu nào của hội nghị này trong {0}.</source>
        <translation>There is no backup of this meeting in {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_restore_dialog.py" line="86"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
</context>
<context>
    <name>ResultBarsView</name>
    <message>
        <location filename="../../ui/vote_projector.py" line="69"/>
        <source>KẾT QUẢ SUY TÔN</source>
        <translation>ACCLAMATION RESULTS</translation>
    </message>
    <message>
        <location filename="../../ui/vote_projector.py" line="85"/>
        <source> – vòng {0}</source>
        <translation> – round {0}</translation>
    </message>
    <message>
        <location filename="../../ui/vote_projector.py" line="110"/>
        <source>{0} người biểu quyết · hợp lệ {1} · không hợp lệ {2} · tỷ lệ tính trên {3} ({4})</source>
        <translation>{0} voters · {1} valid · {2} invalid · ratio based on {3} ({4})</translation>
    </message>
    <message>
        <location filename="../../ui/vote_projector.py" line="148"/>
        <source>{0} phiếu · {1} %</source>
        <translation>{0} votes · {1} %</translation>
    </message>
    <message>
        <location filename="../../ui/vote_projector.py" line="148"/>
        <source>{0} tán thành · {1} %</source>
        <translation>{0} in favour · {1} %</translation>
    </message>
    <message>
        <location filename="../../ui/vote_projector.py" line="106"/>
        <source>Ngưỡng (đường đứt): {0}</source>
        <translation>Threshold (dashed line): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/vote_projector.py" line="113"/>
        <source>Thu vào {0} phiếu · hợp lệ {1} · không hợp lệ {2} · tỷ lệ tính trên {3} ({4})</source>
        <translation>{0} ballots collected · {1} valid · {2} invalid · ratio based on {3} ({4})</translation>
    </message>
    <message>
        <location filename="../../ui/vote_projector.py" line="118"/>
        <source>Bằng phiếu: {0} – bầu vòng tiếp theo</source>
        <translation>Tied: {0} – another round to follow</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../ui/setup_view.py" line="25"/>
        <source>Hội nghị</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/setup_view.py" line="26"/>
        <source>Đơn vị thành viên</source>
        <translation>Member units</translation>
    </message>
    <message>
        <location filename="../../ui/setup_view.py" line="27"/>
        <source>Người tham dự</source>
        <translation>Attendees</translation>
    </message>
</context>
<context>
    <name>SignatoriesModel</name>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="117"/>
        <source>Khối</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="118"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="119"/>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="120"/>
        <source>Chức danh ký</source>
        <translation>Signing title</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="121"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="127"/>
        <source>Không có ai ký được có mặt – để trống, ký sau</source>
        <translation>Nobody present who can sign – left blank, to sign later</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="128"/>
        <source>Không có ai ký được có mặt – bỏ ra khỏi bản giao ước</source>
        <translation>Nobody present who can sign – left out of the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="130"/>
        <source>Đã ký lúc {0}</source>
        <translation>Signed at {0}</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="131"/>
        <source>Chưa ký</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_table_models.py" line="139"/>
        <source> (cụm trưởng)</source>
        <translation> (cluster head)</translation>
    </message>
</context>
<context>
    <name>SignatoriesPanel</name>
    <message>
        <location filename="../../ui/agreement_view.py" line="319"/>
        <source>Để trống khối chữ ký (ký sau)</source>
        <translation>Leave the signature block blank (sign later)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="320"/>
        <source>Bỏ khối chữ ký ra khỏi bản giao ước</source>
        <translation>Leave the signature block out of the agreement</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="325"/>
        <source>Đơn vị không có ai ký được có mặt:</source>
        <translation>Unit with nobody present who can sign:</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="342"/>
        <source>Chưa ai điểm danh: danh sách dưới đây theo các trưởng đoàn được triệu tập. Sau khi điểm danh, người ký được lấy theo người có mặt.</source>
        <translation>Nobody has checked in yet: the list below follows the heads of delegation invited. After check-in, the signatories are taken from the people present.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="350"/>
        <source>{0} đơn vị không có trưởng đoàn hoặc Phó Trưởng ban có mặt: {1}.</source>
        <translation>{0} units have no head of delegation or Deputy Head present: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="354"/>
        <source>Chọn để trống khối chữ ký (đơn vị ký sau) hoặc bỏ ra trước khi in.</source>
        <translation>Leave their signature blocks blank (the unit signs later) or leave them out before printing.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="357"/>
        <source>Mọi đơn vị đều có người ký có mặt.</source>
        <translation>Every unit has a signatory present.</translation>
    </message>
</context>
<context>
    <name>SigningPanel</name>
    <message>
        <location filename="../../ui/agreement_view.py" line="386"/>
        <source>Đơn vị tiếp theo đã ký (Enter)</source>
        <translation>Next unit has signed (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="388"/>
        <source>Hoàn tác (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="392"/>
        <source>Chiếu lên màn hình</source>
        <translation>Show on the projector</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="413"/>
        <source>Bấm vào ô của đơn vị ngay khi đại diện đơn vị ký xong (hoặc Enter cho đơn vị tiếp theo). Mỗi lần ký được ghi vào nhật ký.</source>
        <translation>Click a unit&apos;s box as soon as its representative has signed (or press Enter for the next unit). Each signature is recorded in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="430"/>
        <source>(để trống, ký sau)</source>
        <translation>(blank, to sign later)</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="433"/>
        <source>✓ đã ký {0}</source>
        <translation>✓ signed at {0}</translation>
    </message>
    <message>
        <location filename="../../ui/agreement_view.py" line="441"/>
        <source>Đã ký {0}/{1}</source>
        <translation>Signed {0}/{1}</translation>
    </message>
</context>
<context>
    <name>SigningProjectorView</name>
    <message>
        <location filename="../../ui/agreement_projector.py" line="60"/>
        <source>Đã ký {0}/{1}</source>
        <translation>Signed {0}/{1}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="13"/>
        <source>Chưa mở hội nghị nào.</source>
        <translation>No meeting is open.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="14"/>
        <source>Tạo hội nghị mới…</source>
        <translation>Create a new meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="15"/>
        <source>Mở tệp hội nghị…</source>
        <translation>Open a meeting file…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="16"/>
        <source>Mở hội nghị mẫu</source>
        <translation>Open the demo meeting</translation>
    </message>
</context>
<context>
    <name>Threshold</name>
    <message>
        <location filename="../../ui/i18n.py" line="38"/>
        <source>trên {0}/{1} {2}</source>
        <translation>above {0}/{1} of {2}</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="41"/>
        <source>từ {0}/{1} {2} trở lên</source>
        <translation>at least {0}/{1} of {2}</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/unit_dialog.py" line="21"/>
        <source>Sửa đơn vị</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.py" line="21"/>
        <source>Thêm đơn vị thành viên</source>
        <translation>Add a member unit</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.py" line="29"/>
        <source>Tên ngắn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../ui/unit_dialog.py" line="30"/>
        <source>Tên đầy đủ</source>
        <translation>Full title</translation>
    </message>
</context>
<context>
    <name>UnitsTableModel</name>
    <message>
        <location filename="../../ui/table_models.py" line="42"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="43"/>
        <source>Tên ngắn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="44"/>
        <source>Tên đầy đủ</source>
        <translation>Full title</translation>
    </message>
    <message>
        <location filename="../../ui/table_models.py" line="45"/>
        <source>Số người</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <location filename="../../ui/units_view.py" line="30"/>
        <source>Thêm đơn vị…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="31"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="32"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="33"/>
        <source>Lên trên</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="34"/>
        <source>Xuống dưới</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="86"/>
        <source>Xóa đơn vị</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="86"/>
        <source>Xóa đơn vị {0}?</source>
        <translation>Delete the unit {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="91"/>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../ui/units_view.py" line="103"/>
        <source>Không chuyển được</source>
        <translation>Cannot move</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../ui/vote_dialog.py" line="62"/>
        <source>Sửa cuộc bầu</source>
        <translation>Edit the vote</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="62"/>
        <source>Thêm cuộc bầu (suy tôn)</source>
        <translation>Add a vote (acclamation)</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="67"/>
        <source>Suy tôn đơn vị dẫn đầu phong trào thi đua năm …</source>
        <translation>Acclamation of the units leading the emulation movement in …</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="71"/>
        <source>Chọn tất &amp;cả</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="73"/>
        <source>Bỏ chọ&amp;n tất cả</source>
        <translation>Select &amp;none</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="76"/>
        <source>Số &amp;danh hiệu</source>
        <translation>Number of &amp;titles</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="77"/>
        <source>Tỷ &amp;lệ % số đơn vị thành viên</source>
        <translation>% o&amp;f member units</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="84"/>
        <source>bằng số danh hiệ&amp;u</source>
        <translation>&amp;same as the number of titles</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="112"/>
        <source>Phiếu không chọn &amp;ai là phiếu hợp lệ</source>
        <translation>A ballot choosing nob&amp;ody is valid</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="131"/>
        <source>Nhập phiếu ha&amp;i lần để đối chiếu</source>
        <translation>Enter the ballots t&amp;wice to cross-check</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="146"/>
        <source>Danh sách trên phiếu (the&amp;o thứ tự chính thức)</source>
        <translation>Names on the ballot (in official o&amp;rder)</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="160"/>
        <source>Số được chọn tối đa trên một &amp;phiếu</source>
        <translation>Maximum choices per &amp;ballot</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="171"/>
        <source>Được suy tôn khi &amp;số phiếu</source>
        <translation>Acclaimed when the vot&amp;es are</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="181"/>
        <source>&amp;Hình thức</source>
        <translation>Metho&amp;d</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="182"/>
        <source>&amp;Kiểu phiếu</source>
        <translation>Ballot t&amp;ype</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="183"/>
        <source>Ban kiểm phiếu &amp;gõ</source>
        <translation>&amp;Counting committee types</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="184"/>
        <source>Ai &amp;bỏ phiếu</source>
        <translation>W&amp;ho votes</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="187"/>
        <source>Ban kiể&amp;m phiếu</source>
        <translation>Counting co&amp;mmittee</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="191"/>
        <source>T&amp;rưởng ban</source>
        <translation>Cha&amp;ir</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="195"/>
        <source>&amp;Tên cuộc bầu</source>
        <translation>&amp;Vote title</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="99"/>
        <source>trên (&gt;)</source>
        <translation>more than (&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="100"/>
        <source>từ … trở lên (≥)</source>
        <translation>at least (≥)</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="154"/>
        <source>Số danh hiệu và điều kiện</source>
        <translation>Titles and threshold</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="175"/>
        <source>của</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="179"/>
        <source>Phiếu và cách nhập</source>
        <translation>Ballots and entry</translation>
    </message>
    <message>
        <location filename="../../ui/vote_dialog.py" line="222"/>
        <source>Trường &quot;Tỷ lệ danh hiệu&quot;: &quot;{0}&quot; không phải một số.</source>
        <translation>The &quot;% of member units&quot; field: &quot;{0}&quot; is not a number.</translation>
    </message>
</context>
<context>
    <name>VoteStageView</name>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="57"/>
        <source>Chưa có cuộc bầu nào. Bấm &quot;Thêm…&quot; để tạo một cuộc suy tôn.</source>
        <translation>No vote yet. Click &quot;Add…&quot; to create an acclamation vote.</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="50"/>
        <source>T&amp;hêm…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="52"/>
        <source>Sử&amp;a…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="54"/>
        <source>&amp;Xóa</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="62"/>
        <source>&lt;b&gt;C&amp;uộc bầu:&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Vote:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="94"/>
        <source>, {0} vòng</source>
        <translation>, {0} rounds</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="111"/>
        <source>Chưa có cuộc bầu nào.</source>
        <translation>There is no vote yet.</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="120"/>
        <source>Vòng {0}</source>
        <translation>Round {0}</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="172"/>
        <source>Sửa cuộc bầu</source>
        <translation>Edit the vote</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="188"/>
        <location filename="../../ui/vote_stage_view.py" line="192"/>
        <source>Xóa cuộc bầu</source>
        <translation>Delete the vote</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="192"/>
        <source>Xóa cuộc bầu &quot;{0}&quot;?</source>
        <translation>Delete the vote &quot;{0}&quot;?</translation>
    </message>
    <message>
        <location filename="../../ui/vote_stage_view.py" line="197"/>
        <source>Không xóa được</source>
        <translation>Cannot delete</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="43"/>
        <source>Người đến thêm – thêm và điểm danh</source>
        <translation>Walk-in – add and check in</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="50"/>
        <source>Đại biểu thay thế cho một đại biểu vắng mặt</source>
        <translation>Substitute for an absent delegate</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="52"/>
        <source>Tìm người vắng (gõ không dấu cũng được)</source>
        <translation>Find the absent person (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="55"/>
        <source>Người thay thế thuộc đơn vị của người vắng và nhận quyền biểu quyết của người đó.</source>
        <translation>The substitute belongs to the absent person&apos;s unit and takes over their vote.</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="64"/>
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="65"/>
        <source>Thay cho</source>
        <translation>In place of</translation>
    </message>
    <message>
        <location filename="../../ui/walk_in_dialog.py" line="126"/>
        <source>Trường &quot;Thay cho&quot;: hãy chọn người vắng mặt.</source>
        <translation>The &quot;In place of&quot; field: choose the absent person.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../ui/registration_projector.py" line="63"/>
        <source>CHÀO MỪNG CÁC ĐỒNG CHÍ ĐẠI BIỂU</source>
        <translation>WELCOME, DELEGATES</translation>
    </message>
    <message>
        <location filename="../../ui/registration_projector.py" line="72"/>
        <source>Đơn vị có mặt</source>
        <translation>Units present</translation>
    </message>
    <message>
        <location filename="../../ui/registration_projector.py" line="73"/>
        <source>Khách mời có mặt</source>
        <translation>Guests present</translation>
    </message>
    <message>
        <location filename="../../ui/registration_projector.py" line="100"/>
        <source>Đại biểu có mặt</source>
        <translation>Delegates present</translation>
    </message>
    <message>
        <location filename="../../ui/registration_projector.py" line="102"/>
        <source>Đại biểu có mặt (trong đó {0} người dự thay)</source>
        <translation>Delegates present (of whom {0} substitutes)</translation>
    </message>
    <message>
        <location filename="../../ui/registration_projector.py" line="107"/>
        <source>Đủ điều kiện tiến hành hội nghị ({0})</source>
        <translation>Quorum reached, the meeting may proceed ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/registration_projector.py" line="109"/>
        <source>Chưa đủ điều kiện: cần {0}</source>
        <translation>No quorum yet: needs {0}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/head_election_view.py" line="74"/>
        <source>Tạo hội nghị năm sau</source>
        <translation>Start next year&apos;s meeting</translation>
    </message>
    <message>
        <location filename="../../ui/head_election_view.py" line="87"/>
        <source>Chưa tạo được hội nghị năm sau</source>
        <translation>Next year&apos;s meeting was not created</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="59"/>
        <source>Không tự mở lại tệp</source>
        <translation>File not reopened automatically</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="61"/>
        <source>Lần trước ThiDua dừng đột ngột khi mở {0}. Tệp không được mở tự động lần này: hãy mở lại bằng Tệp › Mở gần đây, kiểm tra bằng Tệp › Kiểm tra tính toàn vẹn, hoặc mở một bản sao lưu. Nhật ký lỗi: {1}.</source>
        <translation>Last time ThiDua stopped suddenly while opening {0}. It is not opened automatically this time: open it again with File › Recent, check it with File › Check integrity, or open a backup. Error log: {1}.</translation>
    </message>
</context>
</TS>
