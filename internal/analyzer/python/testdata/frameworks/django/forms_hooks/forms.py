from django import forms


class ExportForm(forms.Form):
    days = forms.IntegerField(min_value=1, max_value=365)
    kind = forms.ChoiceField(choices=[("orders", "Orders"), ("refunds", "Refunds")])
    label = forms.CharField(max_length=40)


class NoteForm(forms.Form):
    subject = forms.CharField(max_length=80)

    def clean_subject(self):
        return self.cleaned_data["subject"].replace("\n", " ")
