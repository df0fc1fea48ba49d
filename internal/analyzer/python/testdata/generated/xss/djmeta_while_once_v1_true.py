# generated case: rule=PY-XSS source=djmeta propagation=while_once sink=v1 expected=true
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.META.get("HTTP_X_P", "")
    bar = "safe"
    i = 0
    while i < 1:
        bar = param
        i += 1
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
