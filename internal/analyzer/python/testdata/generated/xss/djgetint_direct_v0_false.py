# generated case: rule=PY-XSS source=djgetint propagation=direct sink=v0 expected=false
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = str(int(request.GET.get("p", "0")))
    bar = param
    return HttpResponse("<p>Hello " + bar + "</p>")
