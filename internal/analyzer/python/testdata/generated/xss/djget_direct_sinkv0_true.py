# generated case: rule=PY-XSS source=djget propagation=direct sink=v0 expected=true
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.GET.get("p", "")
    bar = param
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
