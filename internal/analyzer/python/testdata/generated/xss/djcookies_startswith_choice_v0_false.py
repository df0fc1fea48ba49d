# generated case: rule=PY-XSS source=djcookies propagation=startswith_choice sink=v0 expected=false
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.COOKIES.get("p", "")
    bar = "yes" if param.startswith("a") else "no"
    return HttpResponse("<p>Hello " + bar + "</p>")
