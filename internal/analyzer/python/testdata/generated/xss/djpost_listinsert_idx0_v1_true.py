# generated case: rule=PY-XSS source=djpost propagation=listinsert_idx0 sink=v1 expected=true
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.POST["p"]
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[0]
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
