/** A program that embeds Koploper: it reads only what the library's module exports. */
module nl.koploper.example {
  requires nl.koploper;
  requires org.slf4j;
}
