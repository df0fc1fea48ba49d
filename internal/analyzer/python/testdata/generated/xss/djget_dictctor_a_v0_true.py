# generated case: rule=PY-XSS source=djget propagation=dictctor_a sink=v0 expected=true
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.GET.get("p", "")
    bar = dict(a=param, b="safe")["a"]
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
