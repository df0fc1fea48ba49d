# generated case: rule=PY-XSS source=djcookies propagation=direct sink=dj_mark_safe expected=true
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe


def handle_xss(request):
    param = request.COOKIES.get("p", "")
    bar = param
    return render(request, "page.html", {"body": mark_safe("<b>" + bar + "</b>")})  # want: PY-XSS
