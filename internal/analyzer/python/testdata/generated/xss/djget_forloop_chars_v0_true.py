# generated case: rule=PY-XSS source=djget propagation=forloop_chars sink=v0 expected=true
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.GET.get("p", "")
    bar = ""
    for c in param:
        bar += c
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
