# generated case: rule=PY-XSS source=djget propagation=direct sink=safe-api expected=false
from django.http import JsonResponse
from django.shortcuts import render


def handle_xss(request):
    param = request.GET.get("p", "")
    bar = param
    return render(request, "hello.html", {"name": bar})
