# generated case: rule=PY-XSS source=djpost propagation=flagcompare_taint sink=v1 expected=true
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.POST["p"]
    flag = "yes"
    if flag == "yes":
        bar = param
    else:
        bar = "safe"
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
