# generated case: rule=PY-XSS source=djcookies propagation=direct sink=safe-api expected=false
from django.http import JsonResponse
from django.shortcuts import render


def handle_xss(request):
    param = request.COOKIES.get("p", "")
    bar = param
    return render(request, "hello.html", {"name": bar})
