# generated case: rule=PY-XSS source=djpost propagation=subclass_inherit sink=v1 expected=true
from django.http import HttpResponse, JsonResponse


class Base:
    def transform(self, value):
        return value


class Child(Base):
    pass


def handle_xss(request):
    param = request.POST["p"]
    bar = Child().transform(param)
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
