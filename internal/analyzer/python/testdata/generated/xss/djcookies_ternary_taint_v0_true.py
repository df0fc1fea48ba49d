# generated case: rule=PY-XSS source=djcookies propagation=ternary_taint sink=v0 expected=true
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.COOKIES.get("p", "")
    num = 106
    bar = "This_should_never_happen" if (7 * 18) + num < 200 else param
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
