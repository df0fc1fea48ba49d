# generated case: rule=PY-XSS source=djcookies propagation=strip sink=v0 expected=true
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.COOKIES.get("p", "")
    bar = param.strip()
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
