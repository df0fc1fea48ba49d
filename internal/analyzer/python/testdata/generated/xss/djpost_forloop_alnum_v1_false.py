# generated case: rule=PY-XSS source=djpost propagation=forloop_alnum sink=v1 expected=false
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.POST["p"]
    bar = ""
    for c in param:
        if c.isalnum():
            bar += c
    return HttpResponse("<p>Hello " + bar + "</p>")
