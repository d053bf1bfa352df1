-- Short labels that fit a report's narrow column in two lines (measured by the reports' LabelFit
-- test): "Преследуемые" is one word wider than a 58 pt column in bold 6.5 pt DejaVu Sans.
update code_label set short_label = 'Обвиняемые'
    where code_list_id = 'INDICATOR' and code = 'PROS' and lang = 'ru';
