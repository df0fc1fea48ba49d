# XSS: Django mark_safe on a bio string taken from POST data
from django.shortcuts import render
from django.utils.safestring import mark_safe


def preview_bio(request):
    bio = request.POST.get("bio", "")
    return render(request, "profile/preview.html", {"bio": mark_safe(bio)})  # want: PY-XSS
