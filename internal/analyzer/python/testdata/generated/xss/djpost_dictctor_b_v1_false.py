# generated case: rule=PY-XSS source=djpost propagation=dictctor_b sink=v1 expected=false
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.POST["p"]
    bar = dict(a=param, b="safe")["b"]
    return HttpResponse("<p>Hello " + bar + "</p>")
