# generated case: rule=PY-XSS source=djget propagation=flagcompare_const sink=v0 expected=false
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.GET.get("p", "")
    flag = "yes"
    if flag == "no":
        bar = param
    else:
        bar = "safe"
    return HttpResponse("<p>Hello " + bar + "</p>")
