# generated case: rule=PY-XSS source=djpost propagation=replace sink=v1 expected=true
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.POST["p"]
    bar = param.replace("\t", " ")
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
