# generated case: rule=PY-XSS source=djpost propagation=direct sink=dj_textplain expected=false
from django.http import HttpResponse, JsonResponse


def handle_xss(request):
    param = request.POST["p"]
    bar = param
    return HttpResponse("Echo: " + bar, content_type="text/plain")
