package nl.koploper.engine.compile;

import org.drools.modelcompiler.CanonicalKieModuleModel;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;

/**
 * Builds the rule base of checked generated classes: defines them in a class loader of their own
 * and builds the KieBase from the project model they hold. Call only after the safety check passed:
 * defining the model runs the rule set's static initialisers and constant expressions.
 */
public final class KieBaseLoader {
  private KieBaseLoader() {}

  public static KieBase load(GeneratedRules rules, ClassLoader parent) {
    CheckedClassLoader loader = new CheckedClassLoader(rules.classes(), parent);
    try {
      CanonicalKieModuleModel model =
          (CanonicalKieModuleModel)
              Class.forName(rules.modelClass(), true, loader)
                  .getDeclaredConstructor()
                  .newInstance();
      KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration(null, loader);
      return KieBaseBuilder.createKieBaseFromModel(model.getModels(), conf);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "the generated model " + rules.modelClass() + " is broken", e);
    }
  }
}
