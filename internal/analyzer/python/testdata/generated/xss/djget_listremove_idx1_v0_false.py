# generated case: rule=PY-XSS source=djget propagation=listremove_idx1 sink=v0 expected=false
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.GET.get("p", "")
    values = ["safe", param, "moresafe"]
    values.remove("safe")
    bar = values[1]
    return HttpResponse("<p>Hello " + bar + "</p>")
