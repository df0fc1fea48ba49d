# generated case: rule=PY-XSS source=djmeta propagation=ternary_isalnum sink=v1 expected=false
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param if param.isalnum() else "safe"
    return HttpResponse("<p>Hello " + bar + "</p>")
