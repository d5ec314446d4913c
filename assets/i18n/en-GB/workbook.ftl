## workbook
