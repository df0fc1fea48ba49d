# generated case: rule=PY-XSS source=djget propagation=ifconst_taintbranch sink=v0 expected=true
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.GET.get("p", "")
    num = 86
    if (7 * 42) - num < 200:
        bar = "This should never happen"
    else:
        bar = param
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
