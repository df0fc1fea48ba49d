"""Forms of the shop, the forum and the back office."""
import re

from django import forms
from django.core.exceptions import ValidationError

from .models import Coupon, Review


class SearchForm(forms.Form):
    q = forms.CharField(max_length=100, required=False)
    sort = forms.CharField(max_length=30, required=False)
    page = forms.IntegerField(min_value=1, required=False)


class ContactForm(forms.Form):
    email = forms.EmailField()
    subject = forms.CharField(max_length=120)
    message = forms.CharField(widget=forms.Textarea, max_length=5000)

    def clean_subject(self):
        subject = self.cleaned_data["subject"]
        # mail(1) chokes on newlines in -s; everything else is fine
        return subject.replace("\n", " ").replace("\r", " ").strip()


class ReplyForm(forms.Form):
    body = forms.CharField(widget=forms.Textarea, max_length=10000)


class ReviewForm(forms.ModelForm):
    class Meta:
        model = Review
        fields = ["rating", "title", "body"]

    def clean_rating(self):
        rating = self.cleaned_data["rating"]
        if not 1 <= rating <= 5:
            raise ValidationError("Rating must be between 1 and 5.")
        return rating


class CouponForm(forms.ModelForm):
    class Meta:
        model = Coupon
        fields = ["code", "percent", "valid_until"]

    def clean_code(self):
        code = self.cleaned_data["code"].upper()
        if not re.fullmatch(r"[A-Z0-9]{4,16}", code):
            raise ValidationError("Codes are 4-16 letters or digits.")
        return code


class PriceUpdateForm(forms.Form):
    category = forms.SlugField()
    percent = forms.DecimalField(min_value=-50, max_value=200)


class LoginForm(forms.Form):
    username = forms.CharField(max_length=150)
    password = forms.CharField(widget=forms.PasswordInput)


class ImportForm(forms.Form):
    KINDS = [("xml", "Supplier XML"), ("yaml", "YAML price list"), ("backup", "Catalogue backup")]
    kind = forms.ChoiceField(choices=KINDS)
    feed = forms.FileField()
