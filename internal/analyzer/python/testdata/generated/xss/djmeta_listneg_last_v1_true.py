# generated case: rule=PY-XSS source=djmeta propagation=listneg_last sink=v1 expected=true
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.META.get("HTTP_X_P", "")
    values = ["safe", "moresafe", param]
    bar = values[-1]
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
