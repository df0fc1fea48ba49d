# generated case: rule=PY-XSS source=djget propagation=join sink=v0 expected=true
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.GET.get("p", "")
    bar = "".join([param, ""])
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
