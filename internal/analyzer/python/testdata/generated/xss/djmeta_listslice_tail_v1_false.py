# generated case: rule=PY-XSS source=djmeta propagation=listslice_tail sink=v1 expected=false
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.META.get("HTTP_X_P", "")
    values = [param, "safe", "moresafe"]
    bar = values[1:][0]
    return HttpResponse("<p>Hello " + bar + "</p>")
