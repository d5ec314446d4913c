## forms
