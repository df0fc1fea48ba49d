# generated case: rule=PY-XSS source=djpost propagation=ternary_safe sink=v1 expected=false
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.POST["p"]
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    return HttpResponse("<p>Hello " + bar + "</p>")
