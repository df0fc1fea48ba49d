# generated case: rule=PY-XSS source=djcookies propagation=listinsert_idx1 sink=v0 expected=false
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.COOKIES.get("p", "")
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[1]
    return HttpResponse("<p>Hello " + bar + "</p>")
